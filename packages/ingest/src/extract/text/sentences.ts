// Sentence splitting with the platform's Unicode segmenter, mended where it splits after a title
// abbreviation ("Dr. Khan") and split where it misses a paragraph break.

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Titles, company suffixes and initials ("James P. Hoffa") end in a full stop that ends no sentence.
const ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Cllr|St|Rev|Sr|Jr|No|Nos|Gen|Sec|Dept|Govt|Gov|Sen|Rep|Capt|Lt|Col|Mt|Ft|Co|Corp|Bros|Ltd|Inc|Assn|Univ|vs|etc|i\.e|e\.g)|(?:^|[\s("'])\p{Lu})\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  // Paragraphs first: a line break always ends a sentence (headings, bullet lines).
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(p[0])) {
      const start = p.index + seg.index;
      const end = start + seg.segment.length;
      if (pending && ABBREVIATION_END.test(text.slice(pending.start, pending.end))) pending.end = end;
      else {
        if (pending) pieces.push(pending);
        pending = { start, end };
      }
    }
    if (pending) pieces.push(pending);
  }
  const sentences: Sentence[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  }
  return sentences;
}
