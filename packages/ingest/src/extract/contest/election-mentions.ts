// Phrases that name a contest: "the Unite general secretary election", "the race for
// secretary-treasurer", "was elected president of the organization", "Hoffa retains Teamsters
// Union presidency", "the CWU election". Each gives what it says of union, post and year.
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { SentenceTemplate } from '../relations/sentence-template.ts';
import { canonicalPost, POST_SOURCE } from './posts.ts';

export interface ElectionMention {
  sentence: number;
  /** Offsets in the template of its sentence, and in the article. */
  tplStart: number;
  tplEnd: number;
  start: number;
  end: number;
  text: string;
  pattern: string;
  union: EntityDraft | null;
  /** The union is named in the phrase itself, not just earlier in the sentence. */
  unionExplicit: boolean;
  /** Canonical post; null for "the CWU election", which names no post. */
  post: string | null;
  /** The year the words give ("2013's election", "in 2018", "next year"), else null. */
  year: number | null;
  /** The contest is named by an event in it (someone elected, a post won), not as a contest. */
  event: boolean;
  /** "The last election", "the previous contest": an earlier contest than the one reported. */
  earlier: boolean;
}

const POST = `\\b(?<post>${POST_SOURCE})\\b`;
const YEAR = '(?:19|20)\\d\\d';
const CONTEST =
  '(?:elections?|races?|contests?|ballots?|polls?|votes?|run-?offs?|re-?runs?|primar(?:y|ies)|nominations)';
const UNION_BEFORE = `(?:⟦[UY](?<union>\\d+)⟧(?:'s?)?\\s+)`;
const UNION_AFTER = `(?:\\s+(?:of|at|in|for|within)\\s+(?:the\\s+)?⟦[UY](?<union2>\\d+)⟧)`;
const DET = "(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+|union's\\s+)?";
const NEW =
  '(?:(?:new|next|first|top|sole|only|permanent)\\s+(?:(?:woman|female|black|elected|full-time)\\s+)?)?';
/** "on the Hoffa slate as Eastern Vice President": how someone was elected, before the post. */
const HOW = '(?:(?:on|from)\\s+(?:the|a|an)\\s+[^.;]{0,30}?\\s+(?=as\\s))?';

interface Pattern {
  name: string;
  re: RegExp;
  event?: boolean;
}

const re = (source: string) => new RegExp(source, 'gi');

// Most specific first; a span read by one pattern is not read again.
const PATTERNS: Pattern[] = [
  {
    name: 'election-of-person-as-post',
    re: re(`\\belection\\s+of\\s+⟦P\\d+⟧\\s+as\\s+${DET}${POST}${UNION_AFTER}?`),
    event: true,
  },
  {
    name: 'union-post-contest',
    re: re(
      `${UNION_BEFORE}(?:(?<year>${YEAR})\\s+)?(?:(?:national|officer|internal|direct|first-ever)\\s+)*${POST}\\s+${CONTEST}`,
    ),
  },
  {
    name: 'year-post-contest',
    re: re(`\\b(?<year>${YEAR})(?:'s)?\\s+${UNION_BEFORE}?${POST}\\s+${CONTEST}${UNION_AFTER}?`),
  },
  {
    name: 'contest-for-post',
    re: re(
      `(?:⟦[UY](?<union3>\\d+)⟧(?:'s?)?\\s+)?\\b(?:${CONTEST}|bids?|campaigns?|battle|fight|victory|candidacy|candidates?|nominees?|hopefuls?|nominations?|running|standing|stood|ran|run|stand|stands|runs|competed|competing|compete|vying|vie|challenge|challenging|seeking|seek|seeks|contesting|contested)\\s+(?:to\\s+(?:elect|become|be)\\s+|for\\s+|as\\s+)(?:re-?election\\s+as\\s+)?${DET}${NEW}(?:(?:positions?|posts?|offices?|roles?|jobs?|seats?)\\s+(?:of\\s+)?(?:the\\s+)?)?${UNION_BEFORE}?${POST}${UNION_AFTER}?`,
    ),
  },
  {
    name: 'race-to-succeed',
    re: re(
      `\\b(?:${CONTEST}|battle|fight|bids?|campaign|contest)\\s+to\\s+(?:succeed|replace)\\s+⟦P\\d+⟧(?:'s)?(?:\\s+as\\s+(?:the\\s+)?(?:union's\\s+)?${UNION_BEFORE}?${POST}${UNION_AFTER}?)`,
    ),
  },
  {
    name: 'elected-as-post',
    re: re(
      `\\b(?:re-?elected|elected|elects|elect|electing|installed|voted\\s+in)\\s+(?:⟦P\\d+⟧\\s+(?:[^.;]{0,40}?\\s)?)?${HOW}(?:as\\s+)?${DET}(?:⟦[UY](?<union3>\\d+)⟧(?:\\s+union)?'s?\\s+)?${NEW}${UNION_BEFORE}?${POST}${UNION_AFTER}?`,
    ),
    event: true,
  },
  {
    name: 'won-post',
    re: re(
      `\\b(?:retain(?:s|ed|ing)?|wins?|won|winning|holds?|held|keeps?|kept|regain(?:s|ed)?|capture[sd]?|clinche[sd]?|take[sn]?|took)\\s+(?:the\\s+|(?:his|her|their)\\s+(?:position|post|seat|job|role)\\s+as\\s+)?${UNION_BEFORE}?${POST}(?:ship)?\\b${UNION_AFTER}?`,
    ),
    event: true,
  },
  {
    name: 'backing-for-post',
    re: re(
      `\\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:es|ed|ing|e)|nominat(?:es|ed|ing|e)|vote|voting|campaign(?:ing)?)\\s+(?:for\\s+)?(?:[^.;⟦]{0,20}?⟦[FUYO]\\d+⟧[^.;⟦]{0,25}?\\s+)?⟦P\\d+⟧(?:[^.;⟦]{0,30}?)\\s+(?:for|as)\\s+(?:the\\s+)?(?:(?:posts?|positions?|office)\\s+of\\s+(?:the\\s+)?)?${UNION_BEFORE}?${POST}${UNION_AFTER}?`,
    ),
  },
  {
    name: 'for-the-post-of',
    re: re(
      `\\bfor\\s+(?:the\\s+)?(?:posts?|positions?|office|role)\\s+of\\s+(?:the\\s+)?${UNION_BEFORE}?${POST}${UNION_AFTER}?`,
    ),
  },
  {
    name: 'ousted-as-post',
    re: re(
      `\\b(?:ousted|removed|unseated|deposed|toppled|replaced|defeated|beaten)\\s+as\\s+(?:the\\s+)?(?:union's\\s+)?${POST}${UNION_AFTER}?`,
    ),
    event: true,
  },
  {
    // "President: Paul Moist - acclaimed": a results list labelled by post, one post a line.
    name: 'post-label',
    re: re(`^\\s*${POST}\\s*:\\s*(?=⟦P\\d+⟧)`),
    event: true,
  },
  {
    name: 'seeks-post',
    re: re(
      `\\b(?:seeks|seeking|sought|eyes|eyeing)\\s+${DET}${NEW}${UNION_BEFORE}?${POST}\\s+(?:slot|post|position|job|seat|role|nomination)\\b`,
    ),
  },
  {
    name: 'seat-on-post',
    re: re(
      `\\b(?:seats?|places?|positions?)\\s+on\\s+(?:the\\s+)?(?:union's\\s+)?${UNION_BEFORE}?${POST}${UNION_AFTER}?`,
    ),
    event: true,
  },
  {
    name: 'leadership-contest',
    re: re(`${UNION_BEFORE}(?:(?<year>${YEAR})\\s+)?(?<post>leadership)\\s+(?:${CONTEST}|campaign|bid|race)`),
  },
  {
    name: 'race-to-lead',
    re: re(
      `\\b(?:${CONTEST}|battle|fight|bid|campaign)\\s+to\\s+(?<post>lead)\\s+(?:the\\s+)?⟦[UY](?<union>\\d+)⟧`,
    ),
  },
  {
    name: 'post-contest',
    re: re(
      `(?:\\b(?<year>${YEAR})(?:'s)?\\s+)?${UNION_BEFORE}?${POST}(?:ial)?\\s+(?:${CONTEST}|candidates?|hopefuls?|nominees?|contenders?|nomination)\\b`,
    ),
  },
  {
    name: 'union-contest',
    re: re(
      `${UNION_BEFORE}(?:(?<year>${YEAR})\\s+)?(?:(?:national|officer|internal|direct|first-ever|leadership|union|top)\\s+)*(?:elections?|races?|contests?|ballots?|polls?|run-?offs?)\\b`,
    ),
  },
  {
    name: 'year-contest',
    re: re(
      `\\b(?<year>${YEAR})(?:'s)?\\s+(?:(?:union|officer|leadership)\\s+)?(?:elections?|races?|contests?|ballots?|polls?|run-?offs?)\\b|\\b(?:elections?|contests?|ballots?|polls?)\\s+(?:(?:was|were)\\s+)?(?:held\\s+)?in\\s+(?<year2>${YEAR})\\b`,
    ),
  },
];

/** A year said near the phrase: "in 2018" after it, "since 2013 when" before it, "next year". */
function nearbyYear(template: string, at: number, end: number, articleYear: number | null): number | null {
  const after = template.slice(end, end + 40);
  const before = template.slice(Math.max(0, at - 60), at);
  const afterYear = new RegExp(`^(?:[^.;⟦]{0,25}?\\s)?(?:in|of|for)\\s+(${YEAR})\\b`).exec(after)?.[1];
  if (afterYear) return Number(afterYear);
  const term = new RegExp(`^\\s+(?:for\\s+)?(${YEAR})-\\d{2}\\b`).exec(after)?.[1];
  if (term) return Number(term);
  const when = new RegExp(`\\b(?:in|since)\\s+(${YEAR})\\s+when\\b[^.;]*$`).exec(before)?.[1];
  if (when) return Number(when);
  if (articleYear !== null) {
    const sentenceBefore = template.slice(0, at);
    if (/\bnext\s+year\b/i.test(sentenceBefore) || /^\s+next\s+year\b/i.test(after)) return articleYear + 1;
    if (/\blast\s+year\b/i.test(sentenceBefore) || /^\s+last\s+year\b/i.test(after)) return articleYear - 1;
    const ago = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b/i.exec(template);
    if (ago) {
      const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      const n = Number(ago[1]) || words.indexOf((ago[1] ?? '').toLowerCase()) + 1;
      if (n > 0 && Math.abs((ago.index ?? 0) - end) < 60) return articleYear - n;
    }
  }
  return null;
}

export function findElectionMentions(
  templates: SentenceTemplate[],
  articleYear: number | null,
): ElectionMention[] {
  const found: ElectionMention[] = [];
  for (const tpl of templates) {
    const taken: [number, number][] = [];
    for (const pattern of PATTERNS) {
      for (const m of tpl.template.matchAll(pattern.re)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        const g = m.groups ?? {};
        const rawPost = g.post ?? '';
        const post = /^lead(?:ership)?$/i.test(rawPost) ? 'Leader' : rawPost ? canonicalPost(rawPost) : null;
        if (rawPost && !post) continue;
        taken.push([at, end]);
        // With no union in the phrase, the union named last before it in the sentence holds it.
        const before = [...tpl.template.slice(0, at).matchAll(/⟦U(\d+)⟧/g)].pop()?.[1];
        const explicitUnion = g.union ?? g.union2 ?? g.union3;
        const unionIndex = explicitUnion ?? before;
        const union = unionIndex !== undefined ? (tpl.mentions[Number(unionIndex)]?.entity ?? null) : null;
        const explicit = g.year ?? g.year2;
        const year = explicit ? Number(explicit) : nearbyYear(tpl.template, at, end, articleYear);
        const start = tpl.toSource(at);
        const stop = tpl.toSource(end);
        found.push({
          sentence: tpl.sentence.index,
          tplStart: at,
          tplEnd: end,
          start,
          end: stop,
          text: tpl.sentence.text.slice(start - tpl.sentence.start, stop - tpl.sentence.start),
          pattern: pattern.name,
          union,
          unionExplicit: explicitUnion !== undefined,
          post,
          year,
          event: pattern.event === true,
          earlier: /\b(?:last|previous|prior|earlier|first|founding)\s+(?:\S+\s+)?$/i.test(
            tpl.template.slice(Math.max(0, at - 25), at),
          ),
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
