// Runs of capitalised words that may name something, with their offsets in the article.
import type { Sentence } from '../text/sentences.ts';
import { isAcronym, isCapitalised, type Token, tokenize } from '../text/tokens.ts';
import { COMMON_WORDS, HEAD_TYPES, HONORIFICS, NAME_CONNECTORS } from './vocabulary.ts';

export interface NameChunk {
  text: string;
  start: number;
  end: number;
  sentence: number;
  tokens: Token[];
  /** "Ms" or "Dr" stood before the name (and is not part of `text`). */
  honorific: string | null;
  /** An acronym given in parentheses right after the chunk: "Socialist Workers Party (SWP)". */
  definedAcronym: string | null;
}

/** The word that says what a body is: the one before the first "of"/"for", else the last. */
export function headWord(words: string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  const connector = lower.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (connector > 0 ? lower[connector - 1] : lower[lower.length - 1]) ?? '';
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^ ?$/.test(gap) || gap === "' " || gap === "'";
}

export function findNameChunks(articleText: string, sentence: Sentence): NameChunk[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!isCapitalised(first.text)) {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    let sawOfFor = false;
    while (j < tokens.length && !(run[run.length - 1] as Token).possessive) {
      const prev = run[run.length - 1] as Token;
      const tok = tokens[j] as Token;
      if (!gapIsSpace(articleText, prev, tok)) break;
      if (isCapitalised(tok.text)) {
        run.push(tok);
        j++;
        continue;
      }
      // A connector joins only inside a body's name, and only when a capitalised word follows.
      const lower = tok.text.toLowerCase();
      if (!NAME_CONNECTORS.has(lower)) break;
      let k = j + 1;
      while (k < tokens.length && ['the', 'a'].includes((tokens[k] as Token).text)) k++;
      const next = tokens[k];
      if (!next || !isCapitalised(next.text)) break;
      const joinsBody =
        ((lower === 'of' || lower === 'for') && HEAD_TYPES[prev.text.toLowerCase()] !== undefined) ||
        ((lower === 'and' || lower === '&') && sawOfFor);
      if (!joinsBody) break;
      if (lower === 'of' || lower === 'for') sawOfFor = true;
      for (let m = j; m <= k; m++) run.push(tokens[m] as Token);
      j = k + 1;
    }
    i = j;
    chunks.push(...shapeChunk(articleText, sentence, run, tokens));
  }
  return chunks;
}

function shapeChunk(text: string, sentence: Sentence, run: Token[], all: Token[]): NameChunk[] {
  let tokens = run;
  let honorific: string | null = null;
  // Leading "The", and a sentence-initial common word ("Following", "Meanwhile").
  while (tokens.length > 0) {
    const lower = (tokens[0] as Token).text.toLowerCase();
    const atSentenceStart =
      (tokens[0] as Token).start === sentence.start ||
      /^["'([]$/.test(text.slice(sentence.start, (tokens[0] as Token).start).trim());
    if (lower === 'the' || lower === 'a' || lower === 'an') tokens = tokens.slice(1);
    else if (HONORIFICS.has(lower.replace(/\.$/, '')) && tokens.length > 1) {
      honorific = (tokens[0] as Token).text;
      tokens = tokens.slice(1);
    } else if (
      atSentenceStart &&
      COMMON_WORDS.has(lower) &&
      HEAD_TYPES[headWord(tokens.map((t) => t.text))] === undefined &&
      !isAcronym((tokens[0] as Token).text)
    )
      tokens = tokens.slice(1);
    else break;
  }
  if (tokens.length === 0) return [];
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const after = text.slice(last.end, last.end + 14);
  const acronym = /^(?:'s)? \(([\p{Lu}][\p{L}\p{N}&/]{1,9})\)/u.exec(after);
  const definedAcronym =
    acronym && isAcronym(acronym[1] ?? '') && tokens.length > 1 ? (acronym[1] ?? null) : null;
  void all;
  return [
    {
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      sentence: sentence.index,
      tokens,
      honorific,
      definedAcronym,
    },
  ];
}
