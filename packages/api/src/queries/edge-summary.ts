// An edge as the read endpoints send it: its ends, its own scalar properties and the summaries
// the writer keeps (counts, first and last dates, sources), never its evidence (in :Evidence
// nodes) nor its voice tally and bookkeeping (`voices`, `voicePieces`, `voicePartisan`, `id`,
// `evidenceSeq`).
import { RELATION_TYPES } from '@caucus/graph';

/** Every relation type between entities, as a pattern's type list (MENTIONS is not one). */
export const ENTITY_RELATIONS = RELATION_TYPES.join('|');

/** Cypher map for edge variable `r` (a variable named in the caller's own query text). */
export const edgeSummaryOf = (r: string) =>
  `{id: elementId(${r}), type: type(${r}), source: startNode(${r}).key, target: endNode(${r}).key,
    properties: ${r} {.title, .seat, .reelected, .stance, .confidence, .articleCount, .firstDate, .lastDate,
      .sourceCount, .independentSourceCount, .evidenceCount}}`;

export interface EdgeSummary {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** The properties the edge has (a map projection gives null for the ones it lacks). */
export function presentProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));
}
