// What a rule produces: a relation between two entities, or a mark on one entity that the
// article-level inferences use (a candidate, a winner, a section), each with where it was read.
import type { RelationType } from '@caucus/graph';
import type { Contest } from '../contest/contest-model.ts';
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { Sentence } from '../text/sentences.ts';

export interface Cue {
  sentence: Sentence;
  /** Article offsets of the words that carried the fact. */
  start: number;
  end: number;
  method: string;
  confidence: number;
}

export interface RelationDraft {
  type: RelationType;
  source: EntityDraft;
  target: EntityDraft;
  properties?: Record<string, string | number | boolean>;
  cue: Cue;
  /** The text says the tie has ended: kept apart from the relations the contract scores. */
  ended?: boolean;
}

export type MarkKind =
  | 'candidate'
  | 'elected'
  | 'lost'
  | 'withdrew'
  | 'incumbent'
  | 'section'
  | 'colleague'
  | 'explicit-active-in';

export interface EntityMark {
  kind: MarkKind;
  entity: EntityDraft;
  /** The related entity: the seat-less election winner's rival, a section's parent, a colleague. */
  other?: EntityDraft;
  properties?: Record<string, string | number | boolean>;
  /** The contest a candidacy or result belongs to, as the sentence places it. */
  contest?: Contest | null;
  /** Votes, or a share in per cent, where the text gives them. */
  votes?: number;
  cue: Cue;
}

export interface RuleOutput {
  relations: RelationDraft[];
  marks: EntityMark[];
}
