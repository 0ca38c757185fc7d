// Word tokens with offsets; an apostrophe-s possessive is split off so "NEU's" yields "NEU".

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word carried an apostrophe-s ("NEU's"): a name cannot run on past it. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’\-.](?=[\p{L}\p{N}]))*'?/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = offset + (match.index ?? 0);
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(word) && word.length > 2) {
      // "United Auto Workers' first-ever direct election": a plural possessive.
      word = word.slice(0, -1);
      possessive = true;
    } else if (word.endsWith("'")) word = word.slice(0, -1);
    tokens.push({ text: word, start, end: start + word.length, possessive });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Lu}{2,}/u.test(word) || /^[a-z]+\p{Lu}/u.test(word);
}

export function isAcronym(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&/]{1,7}$/u.test(word) || /^[A-Z][a-z][A-Z]{1,2}$/.test(word);
}
