// An edge with what a reader is shown of it: the summary (edge-summary.ts), the newest
// `$evidence` pieces, and who says so (the voice tally the edge keeps). The fragments use no
// range() or aggregation, so the queries built from them also run in the Cypher console (the link
// finder's query does); they read `take` Evidence nodes of an edge, however many cite it.
import { type ArticleMeta, type EvidenceItem, parseEvidence } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { type Attribution, attributionOfTally } from '../trust/attribution.ts';
import { type EdgeSummary, edgeSummaryOf, presentProperties } from './edge-summary.ts';
import { newestPiecesOf } from './fragments.ts';

/** Fields (to place in a Cypher map) for edge variable `r`: its voice tally. */
export const tallyFieldsOf = (r: string) =>
  `voices: ${r}.voices, voicePieces: ${r}.voicePieces, voicePartisan: ${r}.voicePartisan`;

/**
 * Fields (to place in a Cypher map) for edge variable `r`, named in the caller's own query text:
 * its newest `take` pieces (`$evidence`, or a number the caller fixes) and its voice tally.
 */
export const evidenceFieldsOf = (r: string, take = '$evidence') =>
  `evidence: ${newestPiecesOf(r, take)}, ${tallyFieldsOf(r)}`;

/**
 * Cypher map for edge variable `r`: its summary and voice tally, without subqueries, so that it
 * may sit in a list comprehension over a path's edges (the console's bound on work multiplies a
 * subquery there by the list's length); the pieces come from `newestPiecesOf` beside it.
 */
export const edgeTallyOf = (r: string) => `{edge: ${edgeSummaryOf(r)}, ${tallyFieldsOf(r)}}`;

export interface EvidenceFields {
  evidence: string[] | null;
  voices: string[] | null;
  voicePieces: unknown[] | null;
  voicePartisan: boolean[] | null;
}

export interface EdgeDetailRow extends EvidenceFields {
  edge: EdgeSummary;
}

export interface EdgeDetail {
  edge: EdgeSummary;
  evidence: EvidenceItem[];
  evidenceCount: number;
  attribution: Attribution;
}

/** The pieces joined with their articles, and who says so. */
export function readEvidenceFields(
  row: EvidenceFields,
  articles: ArticleMeta[],
): { evidence: EvidenceItem[]; attribution: Attribution } {
  return {
    evidence: parseEvidence(row.evidence, articles),
    attribution: attributionOfTally(row.voices, row.voicePieces, row.voicePartisan),
  };
}

export function readEdgeDetail(row: EdgeDetailRow, articles: ArticleMeta[]): EdgeDetail {
  const properties = presentProperties(toJson(row.edge.properties) as Record<string, unknown>);
  const { evidence, attribution } = readEvidenceFields(row, articles);
  return {
    edge: { ...row.edge, properties },
    evidence,
    evidenceCount: Number(properties.evidenceCount ?? evidence.length),
    attribution,
  };
}
