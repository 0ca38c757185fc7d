// The JSON shape of one article's graph (SPEC §2), plus the evidence every extracted fact carries.
import type { EntityType, RelationType } from './ontology.ts';

/** Where a fact was read: the sentence, and character offsets into the article's normalised text. */
export interface Evidence {
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The words that carried the fact. */
  start: number;
  end: number;
  /** The rule or method that produced the fact, e.g. `pattern:apposition-member`. */
  method: string;
  confidence: number;
  /** Who the sentence says is speaking ("according to the Socialist Party", "X said"), when it says. */
  speaker?: { name: string; type: EntityType; id: string };
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** How the extractor tied this mention to its entity: `name`, `acronym`, `short-name`, … */
  via?: string;
}

export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties?: Record<string, string | number | boolean>;
  optional?: boolean;
  /** Extractor output only: a stable key for resolution, how it was typed, and where it was named. */
  key?: string;
  method?: string;
  confidence?: number;
  mentions?: Mention[];
}

export interface GraphRelation {
  type: RelationType;
  /** Gold files may give a list of ids: any one of them is right (SPEC §2). */
  source: string | string[];
  target: string | string[];
  properties?: Record<string, string | number | boolean>;
  optional?: boolean;
  evidence?: Evidence[];
}

export interface ArticleMeta {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  path: string;
  /** The publisher named by the source line, and the party or faction whose organ it is, if known. */
  publisher?: { name: string; owner?: { name: string; type: EntityType } };
}

export interface ArticleGraph {
  article: string;
  meta?: ArticleMeta;
  entities: GraphEntity[];
  relations: GraphRelation[];
  /**
   * Ties the text says have ended ("X, who left the SWP last year"). The contract gives them no
   * relation, so they stay out of `relations`; the graph keeps them, marked ended, as evidence of a change.
   */
  endedRelations?: GraphRelation[];
}
