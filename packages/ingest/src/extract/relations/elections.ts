// Elections named in the article, by the contract's rule: `<union> <post> election <year>`.
import { normaliseName } from '@caucus/graph';
import type { EntityDraft, EntityRegistry } from '../entities/entity-registry.ts';
import type { SentenceTemplate } from './sentence-template.ts';

const POST =
  '(?:(?:deputy|assistant|joint|junior|senior)\\s+)?(?:general\\s+secretary|vice[- ]?presiden(?:cy|tial|t)|presiden(?:cy|tial|t)|(?:national\\s+)?executive(?:\\s+(?:committee|council))?|nec|general\\s+council|treasurer|chair(?:person)?)';
const CONTEST = '(?:elections?|contest|race|ballot|poll)';

interface ElectionPattern {
  name: string;
  regex: RegExp;
}

// Groups: post, union (optional), and for "X section of Y" the section union first.
const PATTERNS: ElectionPattern[] = [
  {
    name: 'elected-post-of-union',
    regex: new RegExp(
      `\\b(?:re-)?elect(?:s|ed|ing)?\\s+(?:as\\s+)?(?:a\\s+|an\\s+|the\\s+|its\\s+|their\\s+)?(?:union's\\s+)?(?:new\\s+)?(?<post>${POST})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?⟦U(?<union>\\d+)⟧)?`,
      'gi',
    ),
  },
  {
    name: 'has-a-new-post',
    regex: new RegExp(`\\b(?:has|have|gets?|got|welcomes?|welcomed)\\s+a\\s+new\\s+(?<post>${POST})`, 'gi'),
  },
  {
    name: 'race-for-union-post',
    regex: new RegExp(
      `\\b(?:race|contest|election|ballot|bid|running|standing)\\s+for\\s+(?:the\\s+)?⟦U(?<union>\\d+)⟧(?:'s)?\\s+(?<post>${POST})`,
      'gi',
    ),
  },
  {
    name: 'post-of-union-in-elections',
    regex: new RegExp(
      `\\b(?<post>${POST})\\s+(?:of|in|at)\\s+(?:the\\s+)?⟦U(?<union>\\d+)⟧[^.]{0,40}?\\belections?\\b`,
      'gi',
    ),
  },
  {
    name: 'seat-on-post',
    regex:
      /\bseats?\s+on\s+(?:the\s+)?(?:⟦U(?<union>\d+)⟧(?:'s)?\s+)?(?<post>(?:national\s+)?executive(?:\s+(?:committee|council))?|nec|general\s+council)/gi,
  },
  {
    name: 'elections-to-union-post',
    regex: new RegExp(
      `\\belections?\\s+(?:to|for)\\s+(?:the\\s+)?⟦U(?<union>\\d+)⟧\\s+(?<post>${POST})`,
      'gi',
    ),
  },
  {
    name: 'union-post-election',
    regex: new RegExp(`⟦U(?<union>\\d+)⟧(?:'s)?\\s+(?<post>${POST})\\s+${CONTEST}`, 'gi'),
  },
  {
    name: 'union-contest-to-elect-post',
    regex: new RegExp(
      `⟦U(?<union>\\d+)⟧\\s+${CONTEST}\\s+(?:to\\s+elect|for)\\s+(?:a|the|its|their)\\s+(?:new\\s+)?(?<post>${POST})`,
      'gi',
    ),
  },
  {
    name: 'running-for-post-of-union',
    regex: new RegExp(
      `\\b(?:running|standing|stand|run|ran|stood|bid|candidates?|contest|race|election|ballot)\\s+(?:for|to\\s+elect|to\\s+become)\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:new\\s+)?(?<post>${POST})(?:\\s+(?:of|in|at)\\s+(?:the\\s+)?⟦U(?<union>\\d+)⟧)?`,
      'gi',
    ),
  },
  { name: 'post-election', regex: new RegExp(`\\b(?:the\\s+)?(?<post>${POST})\\s+${CONTEST}`, 'gi') },
];

export function canonicalPost(raw: string): string {
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/vice[- ]?presiden/.test(s))
    return s.startsWith('junior')
      ? 'Junior Vice-President'
      : s.startsWith('senior')
        ? 'Senior Vice-President'
        : 'Vice-President';
  if (/presiden/.test(s)) return 'President';
  if (/executive|^nec$/.test(s)) return 'National Executive';
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** The short name a union goes by: its acronym if the article or knowledge base has one. */
export function unionShortName(union: EntityDraft): string {
  const acronym = [...union.aliases].find((a) => /^[A-Z][A-Z&]{1,7}$/.test(a));
  if (acronym) return acronym;
  return /^[A-Z][A-Z&]{1,7}$/.test(union.name) ? union.name : union.name;
}

export interface ElectionContext {
  registry: EntityRegistry;
  templates: SentenceTemplate[];
  articleYear: number | null;
  mainUnion: EntityDraft | null;
}

/** Each election found, with the union that holds it. */
export function findElections(ctx: ElectionContext): Map<EntityDraft, EntityDraft> {
  const unionOf = new Map<EntityDraft, EntityDraft>();
  for (const tpl of ctx.templates) {
    // Patterns run from most to least specific; a span read by one is not read again.
    const taken: [number, number][] = [];
    for (const pattern of PATTERNS) {
      for (const match of tpl.template.matchAll(pattern.regex)) {
        const at = match.index ?? 0;
        if (taken.some(([a, b]) => at < b && at + match[0].length > a)) continue;
        taken.push([at, at + match[0].length]);
        const groups = match.groups ?? {};
        // With no union in the phrase, the union named last before it in the sentence holds it.
        const unionBefore = [...tpl.template.slice(0, match.index ?? 0).matchAll(/⟦U(\d+)⟧/g)].pop()?.[1];
        const unionIndex = groups.union ?? unionBefore;
        const unionMention = unionIndex !== undefined ? tpl.mentions[Number(unionIndex)] : undefined;
        let union = unionMention?.entity ?? ctx.mainUnion;
        // "the vice presidency of the NUT section of the NEU": the contest is the section's.
        const after = tpl.template.slice((match.index ?? 0) + match[0].length);
        if (unionMention && /^\s+section\b/i.test(after)) union = unionMention.entity;
        if (!union) continue;
        const post = canonicalPost(groups.post ?? '');
        const localYear =
          /^[^.]{0,20}?\b((?:19|20)\d{2})\b/.exec(after)?.[1] ?? /\b((?:19|20)\d{2})\b/.exec(match[0])?.[1];
        const before = tpl.template.slice(Math.max(0, at - 25), at);
        const shift = /\blast\s+year'?s?\s*$/i.test(before)
          ? -1
          : /\bnext\s+year'?s?\s*$/i.test(before)
            ? 1
            : 0;
        const year =
          localYear && pattern.name !== 'post-election'
            ? Number(localYear)
            : ctx.articleYear
              ? ctx.articleYear + shift
              : localYear
                ? Number(localYear)
                : null;
        const shortName = unionShortName(union);
        const name = `${shortName} ${post} election${year ? ` ${year}` : ''}`;
        const key = `election:${normaliseName(union.key)}-${normaliseName(post)}-${year ?? 'unknown'}`;
        const election = ctx.registry.upsert(key, 'Election', name, `pattern:${pattern.name}`, 0.8);
        election.properties = { union: shortName, post, ...(year ? { year } : {}) };
        const start = tpl.toSource(match.index ?? 0);
        const end = tpl.toSource((match.index ?? 0) + match[0].length);
        const phrase = tpl.sentence.text.slice(start - tpl.sentence.start, end - tpl.sentence.start).trim();
        ctx.registry.addMention(
          election,
          { start, end, sentence: tpl.sentence.index, text: phrase },
          `pattern:${pattern.name}`,
        );
        if (!unionOf.has(election)) unionOf.set(election, union);
      }
    }
  }
  return unionOf;
}
