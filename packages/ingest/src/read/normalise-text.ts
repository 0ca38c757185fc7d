// Typographic normalisation, so that rules see one form of each quote, dash and space.
// Offsets of every fact point into the text *after* this step (the text stored with the article).

const REPLACEMENTS: [RegExp, string][] = [
  [/\r\n?/g, '\n'],
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011]/g, '-'],
  [/[\u2012\u2013\u2014\u2015\u2212]/g, ' - '],
  [/\u2026/g, '...'],
  [/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, ' '],
  [/\u200B|\u200C|\u200D|\uFEFF/g, ''],
  [/[ \t]+/g, ' '],
  [/ *\n */g, '\n'],
  [/\n{3,}/g, '\n\n'],
];

export function normaliseText(raw: string): string {
  let text = raw.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  // A dash turned into " - " may meet existing spaces.
  return text.replace(/ {2,}/g, ' ').trim();
}
