// Runs of capitalised words that may name something, with their offsets in the article.
import type { Sentence } from '../text/sentences.ts';
import { isAcronym, isCapitalised, type Token, tokenize } from '../text/tokens.ts';
import {
  DEMONYMS,
  DESCRIPTORS,
  FUNCTION_STARTERS,
  HEAD_TYPES,
  HONORIFICS,
  NAME_CONNECTORS,
  NON_ENTITY_HEADS,
  SENTENCE_STARTERS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './vocabulary.ts';

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
  /** A few characters of text before the chunk ("the "), for rules that need them. */
  precededBy?: string;
}

export interface ChunkingContext {
  text: string;
  /** Names seen in mid-sentence somewhere in the article: there a capital letter means a name. */
  midSentenceNames: Set<string>;
  isKnownName: (text: string) => boolean;
  /** Known multi-word names, longest first, matched whole even across commas. */
  knownPhrases: readonly string[];
  /** Lower-cased given names, to tell "Matt Wrack" after a descriptor from a body's name. */
  givenNames: ReadonlySet<string>;
}

/** Name words that take a number: "Local 444", "Region 9", "District 7". */
const NUMBERED_HEADS = new Set([
  'local',
  'locals',
  'region',
  'district',
  'lodge',
  'branch',
  'division',
  'chapter',
  'unit',
  'no',
  'no.',
  'area',
]);
/** Abbreviations that end in a full stop inside a name: "James P. Hoffa", "Mack Trucks Inc.". */
const INNER_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'no', 'corp', 'inc', 'co', 'bros', 'dr']);

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
  if (/^ ?$/.test(gap) || gap === "' " || gap === "'") return true;
  // An initial or an abbreviation with its full stop: "James P. Hoffa", "St. Louis", "No. 4 Region".
  return gap === '. ' && (/^\p{Lu}$/u.test(a.text) || INNER_ABBREVIATIONS.has(a.text.toLowerCase()));
}

const isNumber = (word: string) => /^\d+[A-Z]?$/.test(word);

/** A nickname in quotes between names: Mark "Gibby" Gibson. Returns the tokens it spans, or 0. */
function nicknameSpan(text: string, tokens: Token[], j: number, prev: Token): number {
  const nick = tokens[j];
  const next = tokens[j + 1];
  if (!nick || !next || !isCapitalised(nick.text) || !isCapitalised(next.text)) return 0;
  const open = text.slice(prev.end, nick.start);
  const close = text.slice(nick.end, next.start);
  return /^ ["']$/.test(open) && /^["'] $/.test(close) ? 2 : 0;
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
  known: Pick<ChunkingContext, 'isKnownName' | 'knownPhrases' | 'givenNames'>,
): NameChunk[] {
  const first: ChunkingContext = { text, midSentenceNames: new Set(), ...known };
  for (const s of sentences) {
    for (const c of findNameChunks(first, s)) if (c.start > s.start + 1) first.midSentenceNames.add(c.text);
  }
  return sentences.flatMap((s) => findNameChunks(first, s));
}

const phraseIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

/** Known phrases grouped by their first word, built once per phrase list. */
function phrasesByFirstWord(phrases: readonly string[]): Map<string, string[]> {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const first = phrase.split(/[^\p{L}\p{N}&'’-]+/u)[0] ?? '';
      index.set(first, [...(index.get(first) ?? []), phrase]);
    }
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** Spans of known multi-word names in the sentence ("National Union of Rail, Maritime and …"). */
function knownSpans(ctx: ChunkingContext, sentence: Sentence): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Only phrases whose first word the sentence has (longest first, as the index keeps them).
  const words = new Set(sentence.text.split(/[^\p{L}\p{N}&'’-]+/u));
  const byFirst = phrasesByFirstWord(ctx.knownPhrases);
  const candidates = [...words]
    .flatMap((w) => byFirst.get(w) ?? [])
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const phrase of candidates) {
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
      const nickname = nicknameSpan(text, tokens, j, prev);
      if (nickname > 0 && isCapitalised(prev.text)) {
        for (let m = j; m < j + nickname; m++) run.push(tokens[m] as Token);
        j += nickname;
        continue;
      }
      if (!gapIsSpace(text, prev, tok)) break;
      if (known.some((s) => tok.start >= s.start && tok.start < s.end)) break;
      if (isCapitalised(tok.text) || (isNumber(tok.text) && NUMBERED_HEADS.has(prev.text.toLowerCase()))) {
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
        const rightLast = (right[right.length - 1]?.text ?? '').toLowerCase();
        const rightHead = HEAD_TYPES[rightLast] ?? (NON_ENTITY_HEADS.has(rightLast) ? 'Ignore' : undefined);
        const leftHasHead =
          run.length > 1 && HEAD_TYPES[(run[run.length - 1]?.text ?? '').toLowerCase()] !== undefined;
        // Two multi-word names side by side ("GMB Progressives and GMB Grassroots") stay two.
        joins =
          sawOfFor ||
          // "Racketeer Influenced and Corrupt Organizations Act": one law's name.
          (rightHead === 'Ignore' && !ctx.isKnownName(run.map((t) => t.text).join(' '))) ||
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

const lowerOf = (t: Token | undefined) => (t?.text ?? '').toLowerCase();

/** "President Ray Curry", "Vice President X": the tokens open with an office. */
function startsWithTitle(tokens: Token[]): boolean {
  let k = 0;
  while (k < tokens.length && TITLE_MODIFIERS.has(lowerOf(tokens[k]))) k++;
  return TITLE_HEADS.has(lowerOf(tokens[k]));
}

/**
 * "Labour MP Ruth Ashby", "Chicago Teachers Union Vice President Stacy Davis Gates", "Rosa Saba
 * Business Reporter": an office (its head word with the words that qualify it) inside a run
 * separates the names around it. Inside a body's name joined by "of"/"for" it stays.
 */
function splitAtTitles(run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (let index = 0; index < run.length; index++) {
    const tok = run[index] as Token;
    const next = lowerOf(run[index + 1]);
    const isTitle =
      TITLE_HEADS.has(lowerOf(tok)) &&
      !NAME_CONNECTORS.has(next) &&
      !NAME_CONNECTORS.has(lowerOf(run[index - 1])) &&
      (index < run.length - 1 || current.length >= 2);
    if (!isTitle) {
      current.push(tok);
      continue;
    }
    // The qualifying words before the head belong to the title, not to the name before it.
    let k = current.length;
    while (k > 0 && TITLE_MODIFIERS.has(lowerOf(current[k - 1]))) k--;
    const title = [...current.slice(k), tok];
    current = current.slice(0, k);
    if (current.length > 0) parts.push(current);
    parts.push(title);
    current = [];
  }
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
    const rest = tokens.slice(1);
    const restText = rest.map((t) => t.text).join(' ');
    const known = ctx.isKnownName(full) || ctx.midSentenceNames.has(full);
    if (lower === 'the' || lower === 'a' || lower === 'an') tokens = tokens.slice(1);
    else if (/-based$/.test(lower) && rest.length > 0) tokens = rest;
    else if (
      rest.length > 0 &&
      !known &&
      (DESCRIPTORS.has(lower) || DEMONYMS.has(lower)) &&
      (ctx.givenNames.has(lowerOf(rest[0])) ||
        ctx.isKnownName(restText) ||
        ctx.midSentenceNames.has(restText) ||
        startsWithTitle(rest))
    )
      tokens = rest;
    else if (HONORIFICS.has(lower.replace(/\.$/, '')) && tokens.length > 1) {
      honorific = head.text;
      tokens = tokens.slice(1);
    } else if (
      atSentenceStart &&
      FUNCTION_STARTERS.has(lower) &&
      rest.length > 0 &&
      !known &&
      !ctx.isKnownName(full)
    )
      tokens = rest;
    else if (
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
      precededBy: text.slice(Math.max(sentence.start, first.start - 6), first.start),
    },
  ];
}
