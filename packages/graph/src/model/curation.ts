// Corrections a person makes to the graph, kept as :Curation nodes in Neo4j and re-applied after
// every ingest, in the order they were made, until undone. Payloads name entities by graph key.
import type { EntityType, RelationType } from './ontology.ts';

export const CURATION_KINDS = ['split', 'merge', 'rename', 'retype', 'reject-relation'] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];

export interface CurationPayloads {
  /** The given articles' mentions of `entity` (and their evidence) become the entity `newKey`. */
  split: { entity: string; articles: string[]; name: string; newKey: string };
  /** Every mention and relation of `from` becomes `into`'s. */
  merge: { from: string; into: string };
  rename: { entity: string; name: string };
  /** The entity becomes one of `type`, under `newKey`. */
  retype: { entity: string; type: EntityType; newKey: string };
  /** The relation is not in the graph, whatever the articles say. */
  'reject-relation': { type: RelationType; source: string; target: string };
}

export interface Curation<K extends CurationKind = CurationKind> {
  id: string;
  kind: K;
  payload: CurationPayloads[K];
  who: string;
  why: string;
  /** ISO timestamp. */
  at: string;
  undone: boolean;
  undoneAt: string | null;
  undoneBy: string | null;
}
