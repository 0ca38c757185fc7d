// A changed allegiance: who changed, what stood before and what came after, each side with its
// dated evidence. Only stated facts make a flag; a tie that is merely not mentioned again never does.
import type { EvidenceItem } from '../evidence.ts';
import type { EntitySummary } from '../schemas.ts';

export const CHANGE_TYPES = [
  /** A member of a party or faction later stood against that party's or faction's candidate. */
  'stood-against-own-party',
  /** A body endorsed a candidate it had opposed, or whose rival it had backed in a contest. */
  'endorsed-former-opponent',
  /** A candidate was backed by one body in earlier years and by another in later years. */
  'backers-changed',
  /** The text says a tie ended ("who left the Socialist Party last year"). */
  'tie-ended',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export interface ElectionRef {
  key: string;
  name: string;
  year: number | null;
}

export interface ChangeSide {
  /** The other party to the tie on this side. */
  entity: EntitySummary;
  /** The relation stated on this side, e.g. MEMBER_OF, ENDORSED, OPPOSES, RAN_AGAINST. */
  relation: string;
  /** This side in words, from the subject's point of view: "backed by CWU Broad Left". */
  said: string;
  /** The earliest date of this side's evidence. */
  date: string | null;
  election: ElectionRef | null;
  evidence: EvidenceItem[];
}

export interface ChangeFlag {
  id: string;
  type: ChangeType;
  /** Whose allegiance changed. */
  subject: EntitySummary;
  summary: string;
  before: ChangeSide;
  after: ChangeSide;
  /** Every entity the flag names, for filtering and for marking the graph. */
  entities: string[];
}
