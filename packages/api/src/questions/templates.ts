// The questions Caucus understands: for each, the phrasings it recognises (regular expressions
// with named slots), what each slot must name, and examples. Matching is plain text: no model.
import {
  BACKED_BY_BOTH,
  BACKED_IN_YEAR,
  BACKED_THE_WINNER,
  HOW_LINKED,
  STOOD_IN_ELECTION,
  WHAT_CHANGED,
  WHO_ENDORSED,
} from '../queries/ask.ts';

export const TEMPLATE_IDS = [
  'who-endorsed',
  'backed-in-year',
  'stood-in-election',
  'backed-the-winner',
  'how-linked',
  'backed-by-both',
  'what-changed',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What a slot must name: an entity of some types, or an election (read from union, post, year). */
export type SlotKind = { kind: 'entity'; types: readonly string[] | null } | { kind: 'election' };

export interface QuestionTemplate {
  id: TemplateId;
  /** The question's shape, with its slots in capitals. */
  form: string;
  examples: string[];
  patterns: RegExp[];
  slots: Record<string, SlotKind>;
  /**
   * Two slots written "A and B": the words are split at each " and " in turn, since names such as
   * "Campaign for a Democratic and Fighting Union" hold one too.
   */
  pair?: [string, string];
  /** Words that point at this template, for suggesting it when a question fits none. */
  keywords: string[];
  cypher: string;
}

const ENDORSERS = ['Faction', 'Party', 'Union', 'Organisation', 'Person'] as const;
const ANY = null;
const WHO = String.raw`(?<who>who|which (?:factions?|groups?|caucus(?:es)?|slates?|parties|party|unions?|organisations?|organizations?|people|persons?))`;
const BACK = String.raw`(?:endorsed|backed|supported|nominated|endorses|backs|supports|nominates|was behind|were behind)`;
const BACK_BASE = String.raw`(?:back|endorse|support|nominate)`;
const YEAR = String.raw`(?: in (?<year>\d{4}))?`;

export const TEMPLATES: QuestionTemplate[] = [
  {
    id: 'backed-the-winner',
    form: 'which factions backed the winner of ELECTION',
    examples: ['which factions backed the winner of the NUT vice-president election 2017'],
    patterns: [
      new RegExp(
        String.raw`^${WHO} (?:has |have |had )?${BACK} (?:the )?(?:winners?|victors?|winning candidates?)(?: (?:of|in) (?:the )?(?<election>.+))?$`,
        'i',
      ),
    ],
    slots: { election: { kind: 'election' } },
    keywords: ['winner', 'winners', 'won', 'win', 'victor', 'backed', 'factions', 'election'],
    cypher: BACKED_THE_WINNER,
  },
  {
    id: 'backed-by-both',
    form: 'which candidates did both F and G back',
    examples: ['which candidates did both LANAC and the Socialist Teachers Alliance back'],
    patterns: [
      new RegExp(String.raw`^(?:which|what) candidates? did both (?<pair>.+?) ${BACK_BASE}$`, 'i'),
      new RegExp(String.raw`^who did both (?<pair>.+?) ${BACK_BASE}$`, 'i'),
      new RegExp(String.raw`^(?:who|which candidates?) did (?<pair>.+?) both ${BACK_BASE}$`, 'i'),
      /^(?:who|which candidates?|what candidates?) (?:was|were|has been|have been) (?:backed|endorsed|supported) by both (?<pair>.+)$/i,
    ],
    slots: { first: { kind: 'entity', types: ENDORSERS }, second: { kind: 'entity', types: ENDORSERS } },
    pair: ['first', 'second'],
    keywords: ['both', 'candidates', 'back', 'backed', 'endorse', 'common', 'shared', 'and'],
    cypher: BACKED_BY_BOTH,
  },
  {
    id: 'backed-in-year',
    form: 'who did F back in YEAR',
    examples: ['who did Broadly Speaking back in 2017'],
    patterns: [
      new RegExp(
        String.raw`^(?:who|whom|which candidates?|what candidates?) did (?<backer>.+?) ${BACK_BASE}${YEAR}$`,
        'i',
      ),
      new RegExp(
        String.raw`^(?:who|which candidates?) (?:was|were|has been|have been) (?:backed|endorsed|supported|nominated) by (?<backer>.+?)${YEAR}$`,
        'i',
      ),
      new RegExp(
        String.raw`^(?:which|what) candidates? (?:has|have|had) (?<backer>.+?) (?:backed|endorsed|supported)${YEAR}$`,
        'i',
      ),
    ],
    slots: { backer: { kind: 'entity', types: ENDORSERS } },
    keywords: ['did', 'back', 'endorse', 'support', 'year', 'candidates', 'whom'],
    cypher: BACKED_IN_YEAR,
  },
  {
    id: 'who-endorsed',
    form: 'who endorsed X',
    examples: ['who endorsed Kauser Jan', 'which factions backed Amanda Martin'],
    patterns: [
      new RegExp(String.raw`^${WHO} (?:has |have |had )?${BACK} (?<candidate>.+)$`, 'i'),
      new RegExp(
        String.raw`^${WHO} (?:is|was|are|were) (?:endorsing|backing|supporting) (?<candidate>.+)$`,
        'i',
      ),
      /^(?:who|which \w+) (?:is|was) (?<candidate>.+?) (?:backed|endorsed|supported) by$/i,
      /^(?:who are |who were |what are )?(?<candidate>.+?)'s (?:backers|supporters|endorsers|endorsements)$/i,
      /^(?:who are |who were )?the (?:backers|supporters|endorsers) of (?<candidate>.+)$/i,
    ],
    slots: { candidate: { kind: 'entity', types: ['Person'] } },
    keywords: ['who', 'endorsed', 'backed', 'supported', 'backers', 'supporters', 'endorsement', 'nominated'],
    cypher: WHO_ENDORSED,
  },
  {
    id: 'stood-in-election',
    form: 'who stood in the UNION POST election YEAR',
    examples: ['who stood in the NUT vice-president election 2017'],
    patterns: [
      /^who (?:stood|ran|contested|was standing|were standing|is standing|are standing|was running|were running|is running|are running|was a candidate|were (?:the )?candidates|are (?:the )?candidates|is a candidate)(?: in| for)? (?:the )?(?<election>.+)$/i,
      /^(?:who|what) (?:were|are) the candidates (?:in|for) (?:the )?(?<election>.+)$/i,
      /^(?:the )?candidates (?:in|for) (?:the )?(?<election>.+)$/i,
    ],
    slots: { election: { kind: 'election' } },
    keywords: ['stood', 'ran', 'candidates', 'standing', 'election', 'contest', 'running'],
    cypher: STOOD_IN_ELECTION,
  },
  {
    id: 'how-linked',
    form: 'how is F linked to C',
    examples: ['how is Broadly Speaking linked to Amanda Martin'],
    patterns: [
      /^how (?:is|are|was|were) (?<from>.+?) (?:linked|connected|related|tied) (?:to|with) (?<to>.+)$/i,
      /^how (?:is|are|was|were) (?<pair>.+?) (?:linked|connected|related|tied)(?: together)?$/i,
      /^what (?:links|connects|ties) (?<from>.+?) (?:to|with) (?<to>.+)$/i,
      /^what (?:links|connects|ties) (?<pair>.+)$/i,
      /^what(?:'s| is) the (?:link|links|connection|connections|relationship|relation) between (?<pair>.+)$/i,
    ],
    slots: { from: { kind: 'entity', types: ANY }, to: { kind: 'entity', types: ANY } },
    pair: ['from', 'to'],
    keywords: ['how', 'linked', 'connected', 'link', 'connection', 'related', 'between', 'relationship'],
    cypher: HOW_LINKED,
  },
  {
    id: 'what-changed',
    form: 'what changed for X',
    examples: ['what changed for Kevin Courtney', 'what changed for LANAC since 2015'],
    patterns: [
      /^what (?:has )?changed (?:for|about|with|around) (?<entity>.+?)(?: since (?<since>\d{4}))?$/i,
      /^what(?:'s| is) new (?:for|about|with) (?<entity>.+?)(?: since (?<since>\d{4}))?$/i,
      /^(?:show me |give me )?(?:the )?(?:history|timeline) (?:of|for) (?<entity>.+?)(?: since (?<since>\d{4}))?$/i,
      /^how (?:has|have) (?<entity>.+?) changed(?: since (?<since>\d{4}))?$/i,
    ],
    slots: { entity: { kind: 'entity', types: ANY } },
    keywords: ['what', 'changed', 'change', 'history', 'timeline', 'since', 'new'],
    cypher: WHAT_CHANGED,
  },
];

/** "which factions …" → the entity types the answer keeps (null: everyone). */
export function typesOfWho(who: string | undefined): string[] | null {
  const w = (who ?? 'who').toLowerCase();
  if (/faction|group|caucus|slate/.test(w)) return ['Faction'];
  if (/part(y|ies)/.test(w)) return ['Party'];
  if (/union/.test(w)) return ['Union'];
  if (/organi[sz]ation/.test(w)) return ['Organisation'];
  if (/people|person/.test(w)) return ['Person'];
  return null;
}
