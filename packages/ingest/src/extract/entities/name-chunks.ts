// Runs of capitalised words that may name something, with their offsets in the article.
import type { Sentence } from '../text/sentences.ts';
import { isAcronym, isCapitalised, type Token, tokenize } from '../text/tokens.ts';
import { HEAD_TYPES, HONORIFICS, NAME_CONNECTORS, SENTENCE_STARTERS, TITLE_HEADS } from './vocabulary.ts';

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

export interface ChunkingContext {
  text: string;
  /** Names seen in mid-sentence somewhere in the article: there a capital letter means a name. */
  midSentenceNames: Set<string>;
  isKnownName: (text: string) => boolean;
  /** Known multi-word names, longest first, matched whole even across commas. */
  knownPhrases: readonly string[];
}

/** Word pairs that make one name although no head word follows ("Rank and File Rail"). */
const BINOMIALS = new Set(['rank and file', 'brighton and hove', 'wales and borders']);

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

/** The capitalised run starting at `from` (connectors allowed only before "the"/"a"): its tokens. */
function lookaheadRun(tokens: Token[], from: number, text: string): Token[] {
  const run: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (run.length > 0 && !gapIsSpace(text, run[run.length - 1] as Token, tok)) break;
    if (!isCapitalised(tok.text)) break;
    run.push(tok);
    if (tok.possessive) break;
  }
  return run;
}

/** Finds every chunk of every sentence; names seen mid-sentence guide sentence-initial ones. */
export function findAllNameChunks(
  text: string,
  sentences: Sentence[],
  isKnownName: (t: string) => boolean,
  knownPhrases: readonly string[],
): NameChunk[] {
  const first: ChunkingContext = { text, midSentenceNames: new Set(), isKnownName, knownPhrases };
  for (const s of sentences) {
    for (const c of findNameChunks(first, s)) if (c.start > s.start + 1) first.midSentenceNames.add(c.text);
  }
  return sentences.flatMap((s) => findNameChunks(first, s));
}

/** Spans of known multi-word names in the sentence ("National Union of Rail, Maritime and …"). */
function knownSpans(ctx: ChunkingContext, sentence: Sentence): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const phrase of ctx.knownPhrases) {
    for (let at = sentence.text.indexOf(phrase); at >= 0; at = sentence.text.indexOf(phrase, at + 1)) {
      const start = sentence.start + at;
      const end = start + phrase.length;
      const bounded =
        !/[\p{L}\p{N}]/u.test(ctx.text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(ctx.text[end] ?? '');
      if (bounded && !spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    }
  }
  return spans;
}

export function findNameChunks(ctx: ChunkingContext, sentence: Sentence): NameChunk[] {
  const { text } = ctx;
  const tokens = tokenize(sentence.text, sentence.start);
  const chunks: NameChunk[] = [];
  const known = knownSpans(ctx, sentence);
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const span = known.find((s) => first.start >= s.start && first.start < s.end);
    if (span) {
      const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
      chunks.push(...shapeChunk(ctx, sentence, inside));
      while (i < tokens.length && (tokens[i] as Token).start < span.end) i++;
      continue;
    }
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
      if (!gapIsSpace(text, prev, tok)) break;
      if (known.some((s) => tok.start >= s.start && tok.start < s.end)) break;
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
      let joins = (lower === 'of' || lower === 'for') && HEAD_TYPES[prev.text.toLowerCase()] !== undefined;
      if (
        (lower === 'and' || lower === '&') &&
        BINOMIALS.has(`${prev.text} and ${next.text}`.toLowerCase())
      ) {
        joins = true;
      } else if (lower === 'and' || lower === '&') {
        // "Public and Commercial Services Union", "Rank and File": the right side ends in a head
        // word that the left side lacks, and is not itself a known body ("X and Socialist Party").
        const right = lookaheadRun(tokens, k, text);
        const rightText = right.map((t) => t.text).join(' ');
        const rightHead = HEAD_TYPES[(right[right.length - 1]?.text ?? '').toLowerCase()];
        const leftHasHead =
          run.length > 1 && HEAD_TYPES[(run[run.length - 1]?.text ?? '').toLowerCase()] !== undefined;
        // Two multi-word names side by side ("GMB Progressives and GMB Grassroots") stay two.
        joins =
          sawOfFor ||
          (rightHead !== undefined &&
            !leftHasHead &&
            run.length === 1 &&
            !ctx.isKnownName(rightText) &&
            !ctx.isKnownName(run.map((t) => t.text).join(' ')));
      }
      if (!joins) break;
      if (lower === 'of' || lower === 'for') sawOfFor = true;
      for (let m = j; m <= k; m++) run.push(tokens[m] as Token);
      j = k + 1;
    }
    i = j;
    for (const part of splitAtTitles(run)) chunks.push(...shapeChunk(ctx, sentence, part));
  }
  return chunks;
}

/** "Labour MP Ruth Ashby", "General Secretary Jo Bloggs": an office word inside a run ends a name. */
function splitAtTitles(run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  run.forEach((tok, index) => {
    if (TITLE_HEADS.has(tok.text.toLowerCase()) && index < run.length - 1) {
      // The office word stands alone, so "Labour" stays a party and "MP" a title.
      if (current.length > 0) parts.push(current);
      parts.push([tok]);
      current = [];
    } else current.push(tok);
  });
  if (current.length > 0) parts.push(current);
  return parts;
}

function shapeChunk(ctx: ChunkingContext, sentence: Sentence, run: Token[]): NameChunk[] {
  const { text } = ctx;
  let tokens = run;
  let honorific: string | null = null;
  // Leading "The", an honorific, and a sentence-initial common word ("Following", "Meanwhile").
  while (tokens.length > 0) {
    const head = tokens[0] as Token;
    const lower = head.text.toLowerCase();
    const atSentenceStart = /^["'([]?$/.test(text.slice(sentence.start, head.start).trim());
    const full = tokens.map((t) => t.text).join(' ');
    if (lower === 'the' || lower === 'a' || lower === 'an') tokens = tokens.slice(1);
    else if (HONORIFICS.has(lower.replace(/\.$/, '')) && tokens.length > 1) {
      honorific = head.text;
      tokens = tokens.slice(1);
    } else if (
      atSentenceStart &&
      SENTENCE_STARTERS.has(lower) &&
      HEAD_TYPES[headWord(tokens.map((t) => t.text))] === undefined &&
      !isAcronym(head.text) &&
      !ctx.midSentenceNames.has(full) &&
      !ctx.isKnownName(full)
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
