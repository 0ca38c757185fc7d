// Votes, vote shares and withdrawals, read from the sentences of a contest's articles that name
// its candidates. The extractor records who stood and who won; the figures stay in the text, so
// the race board reads them here, each with the sentence and the offsets of the figure.

export interface TallySentence {
  start: number;
  end: number;
  text: string;
}

/** Where one candidate is named in one article (offsets into the article text). */
export interface CandidateSpans {
  key: string;
  spans: [number, number][];
}

export interface TallyFact {
  key: string;
  kind: 'votes' | 'share' | 'withdrew';
  /** Votes or per cent; null for a withdrawal. */
  value: number | null;
  /** The figure or the words that carried the fact, as article offsets. */
  start: number;
  end: number;
  sentence: TallySentence;
}

const QUALIFIER = '(?:(?:roughly|about|around|approximately|some|just|only|over|almost|nearly)\\s+)?';
const FIGURE = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s*(?:%|per\\s?cent|percent)|\\s+(?:first[- ](?:preference|round)\\s+)?votes)?`;
/** After the name: ", a Curry Solidarity Team candidate," or " of the CDFU," (lazy: the nearest comma). */
const APPOSITION = '(?:(?:,|\\s+of\\s+)[^;.]{0,140}?,)?\\s*';
const VERB =
  '(?:,\\s*)?(?:has\\s+|had\\s+)?(?:won|received|got|polled|secured|gained|took|scored|(?:was\\s+|been\\s+)?(?:re-?elected|elected|returned)\\s+with)(?:\\s+the\\s+(?:ballot|vote|election|contest)\\s+with)?\\s+';
const VERB_FIGURE = new RegExp(`^${APPOSITION}${VERB}${QUALIFIER}${FIGURE}`, 'di');
/** "Fain with a lead of approximately 41%", unless the name is an object ("losing to Hoffa with 49%"). */
const WITH_FIGURE = new RegExp(`^\\s+with\\s+(?:a\\s+lead\\s+of\\s+)?${QUALIFIER}${FIGURE}`, 'di');
const OBJECT_BEFORE =
  /\b(?:to|against|over|beat|beating|defeated|defeating|ousted|ousting)\s+(?:\S+\s+){0,3}$/i;
/** "to Mr Wrack's 12,883", "to Curry's roughly 35%". */
const POSSESSIVE_FIGURE = new RegExp(`^['’]s\\s+${QUALIFIER}${FIGURE}`, 'di');
/** "X defeated Y by 20,848 votes to 18,236", "X was ahead of Y, …, roughly 64% to 36%". */
const BEAT_VERB =
  /\b(?:defeated|beat|beating|defeating|ousted|ousting|trounced|was\s+ahead\s+of|led)\b(?:\s+\S+){0,6}\s*$/i;
const PAIR_FIGURES = new RegExp(
  `^${APPOSITION}[^.;]{0,80}?\\b(?:by\\s+)?${QUALIFIER}${FIGURE}\\s+to\\s+${QUALIFIER}${FIGURE}`,
  'di',
);
const WITHDREW = new RegExp(
  `^${APPOSITION},?\\s*(?:has\\s+|had\\s+|have\\s+)?(withdrawn|withdrew|pulled\\s+out|dropped\\s+out|stood\\s+aside|stepped\\s+aside|stood\\s+down\\s+from\\s+the\\s+(?:race|contest|election))`,
  'di',
);
const NEGATION = /\b(?:not|never|refused\s+to|declined\s+to)\s+$/i;
const YEAR = /\b(?:19|20)\d\d\b/g;

interface Named {
  key: string;
  start: number;
  end: number;
}

/** "…votes, or 86.2 percent", "…votes (8 percent)": the share that follows a vote count. */
const FOLLOWING_SHARE = /^\s*(?:,\s*or\s+|\(\s*)(\d+(?:\.\d+)?)(\s*(?:%|per\s?cent|percent))/di;
/** "…after defeating X by a margin of 6,835 votes and gaining 73 per cent": the subject's share. */
const PARTICIPLE_FIGURE = new RegExp(
  `(?:\\band\\s+|,\\s*)(?:gaining|winning|taking|securing|polling|receiving)\\s+${QUALIFIER}${FIGURE}`,
  'di',
);

function figure(
  value: string,
  unit: string | undefined,
  sentence: string,
): Pick<TallyFact, 'kind' | 'value'> | null {
  const n = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  if (unit && /%|cent/i.test(unit)) return n <= 100 ? { kind: 'share', value: n } : null;
  if (unit) return { kind: 'votes', value: n };
  // A bare number counts as votes only when written as one and the sentence is about votes.
  return /,/.test(value) && /\bvotes?\b/i.test(sentence) ? { kind: 'votes', value: n } : null;
}

/** Collects facts for one sentence; the first fact of each kind per candidate wins. */
class SentenceReader {
  constructor(
    private readonly s: TallySentence,
    private readonly add: (fact: TallyFact) => void,
  ) {}

  /** A figure whose value is group `g` (and unit group g + 1) of a match at sentence offset `base`. */
  figureAt(key: string, m: RegExpExecArray, g: number, base: number, unit = m[g + 1]): TallyFact | null {
    const value = m[g] ?? '';
    const f = figure(value, unit, this.s.text);
    if (!f) return null;
    const start = this.s.start + base + (m.indices?.[g]?.[0] ?? m.index);
    const fact = { key, ...f, start, end: start + value.length + (m[g + 1] ?? '').length, sentence: this.s };
    this.add(fact);
    if (fact.kind === 'votes') {
      const follow = FOLLOWING_SHARE.exec(this.s.text.slice(fact.end - this.s.start));
      if (follow) this.figureAt(key, follow, 1, fact.end - this.s.start);
    }
    return fact;
  }

  read(named: Named[]): void {
    const { s } = this;
    named.forEach((n, i) => {
      const next = named.slice(i + 1).find((m) => m.key !== n.key);
      const from = n.end - s.start;
      const tail = s.text.slice(from, next ? next.start - s.start : s.text.length);
      const before = s.text.slice(0, n.start - s.start);
      for (const pattern of [VERB_FIGURE, POSSESSIVE_FIGURE]) {
        const m = pattern.exec(tail);
        if (m) this.figureAt(n.key, m, 1, from);
      }
      const w = WITH_FIGURE.exec(tail);
      if (w && !OBJECT_BEFORE.test(before)) this.figureAt(n.key, w, 1, from);
      const prev = named
        .slice(0, i)
        .reverse()
        .find((m) => m.key !== n.key);
      const pair = PAIR_FIGURES.exec(tail);
      if (prev && pair && BEAT_VERB.test(s.text.slice(prev.end - s.start, n.start - s.start))) {
        // "by 20,848 votes to 18,236": the second figure takes the first one's unit.
        const unit = pair[2] ?? pair[4];
        this.figureAt(prev.key, pair, 1, from, unit);
        this.figureAt(n.key, pair, 3, from, pair[4] ?? unit);
      }
      const gone = WITHDREW.exec(tail);
      const at = gone?.indices?.[1]?.[0] ?? 0;
      if (gone && !NEGATION.test(tail.slice(0, at))) {
        const start = s.start + from + at;
        this.add({
          key: n.key,
          kind: 'withdrew',
          value: null,
          start,
          end: start + (gone[1] ?? '').length,
          sentence: s,
        });
      }
    });
    const subject = named[0];
    if (subject) {
      const from = subject.end - s.start;
      const m = PARTICIPLE_FIGURE.exec(s.text.slice(from));
      if (m) this.figureAt(subject.key, m, 1, from);
    }
  }
}

/** Reads every figure and withdrawal it can attribute to a candidate named in the sentences. */
export function readTallies(
  sentences: TallySentence[],
  candidates: CandidateSpans[],
  year: number | null,
): TallyFact[] {
  const facts: TallyFact[] = [];
  const seen = new Set<string>();
  const add = (fact: TallyFact) => {
    const slot = `${fact.key}|${fact.kind}`;
    if (seen.has(slot)) return;
    seen.add(slot);
    facts.push(fact);
  };
  for (const s of sentences) {
    // A sentence naming another year is about another contest ("narrowly losing in 2016").
    if ([...s.text.matchAll(YEAR)].some((m) => Number(m[0]) !== year)) continue;
    const named = candidates
      .flatMap((c) => c.spans.map(([start, end]) => ({ key: c.key, start, end })))
      .filter((n) => n.start >= s.start && n.end <= s.end)
      .sort((a, b) => a.start - b.start);
    new SentenceReader(s, add).read(named);
  }
  return facts;
}
