// The race board's shapes: one contest, its candidates, their results, figures and backers.
import type { EvidenceItem } from '../evidence.ts';
import type { EntitySummary } from '../schemas.ts';

export const RACE_RESULTS = ['elected', 'defeated', 'withdrew'] as const;
export type RaceResult = (typeof RACE_RESULTS)[number];

export interface ElectionSummary {
  key: string;
  name: string;
  post: string | null;
  year: number | null;
  union: EntitySummary | null;
  candidateCount: number;
  winners: string[];
}

/** A figure read from the text (votes or per cent), with the sentence it was read from. */
export interface TallyFigure {
  value: number;
  evidence: EvidenceItem;
}

export interface RaceEndorser {
  entity: EntitySummary;
  evidence: EvidenceItem[];
}

export interface RaceCandidate {
  person: EntitySummary;
  seat: string | null;
  result: RaceResult | null;
  /** How the result is known: stated, or inferred and from what. */
  resultBasis: string | null;
  resultEvidence: EvidenceItem[];
  votes: TallyFigure | null;
  share: TallyFigure | null;
  candidacyEvidence: EvidenceItem[];
  endorsers: RaceEndorser[];
}

export interface RaceBoard {
  election: Omit<ElectionSummary, 'candidateCount' | 'winners'>;
  candidates: RaceCandidate[];
  articles: { id: string; title: string | null; date: string | null; source: string | null }[];
}
