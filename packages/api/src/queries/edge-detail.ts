// An edge with what a reader is shown of it: the summary (edge-summary.ts), the newest
// `$evidence` pieces, and who says so. The fragments use no range() or aggregation, so the
// queries built from them also run in the Cypher console (the link finder's query does).
import { type ArticleMeta, type EvidenceItem, parseEvidence } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { type Attribution, attributionOf } from '../trust/attribution.ts';
import { type EdgeSummary, edgeSummaryOf, presentProperties } from './edge-summary.ts';

/**
 * Fields (to place in a Cypher map) for edge variable `r`, named in the caller's own query text:
 * its newest `take` pieces (`$evidence`, or a number the caller fixes) and who says so, which
 * needs each piece's voice; the article ids only on edges written before voices were kept,
 * which count each article as its own source.
 */
export const evidenceFieldsOf = (r: string, take = '$evidence') => `evidence: ${r}.evidence[-${take}..],
  voices: ${r}.evidenceVoices, partisan: ${r}.evidencePartisan,
  unattributed: CASE WHEN ${r}.evidenceVoices IS NULL THEN ${r}.articleIds END`;

/** Cypher map for edge variable `r`: its summary and evidence fields. */
export const edgeDetailOf = (r: string, take = '$evidence') =>
  `{edge: ${edgeSummaryOf(r)}, ${evidenceFieldsOf(r, take)}}`;

/** The articles the newest `take` pieces of edge `r` cite, by index seeks on Article.id. */
export const citedArticlesOf = (r: string, take = '$evidence') =>
  `COLLECT { UNWIND ${r}.articleIds[-${take}..] AS aid MATCH (cited:Article {id: aid})
             RETURN DISTINCT cited {.id, .title, .date, .source, .url} }`;

export interface EvidenceFields {
  evidence: string[] | null;
  voices: string[] | null;
  partisan: boolean[] | null;
  unattributed: string[] | null;
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
    attribution: attributionOf(row.voices, row.partisan, row.unattributed),
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
