// Paths as entity summaries and edges with their newest evidence, and explained in plain words.
// The queries that find paths return `pathColumns(p)`; explainPath reads one such row.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { ArticleMeta, EvidenceItem } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import type { EntitySummary } from '../schemas.ts';
import type { Attribution } from '../trust/attribution.ts';
import { type EdgeDetailRow, edgeTallyOf, readEdgeDetail } from './edge-detail.ts';
import { citedArticlesOf, newestPiecesOf, summaryOf } from './fragments.ts';

/** How each relation reads in a sentence: "A endorsed B". */
export const PHRASES: Record<string, string> = {
  ENDORSED: 'endorsed',
  MEMBER_OF: 'is a member of',
  HOLDS_POSITION: 'holds office in',
  CANDIDATE_IN: 'stood in',
  ELECTED_IN: 'was elected in',
  RAN_AGAINST: 'ran against',
  DEFEATED: 'defeated',
  ALLIED_WITH: 'is allied with',
  OPPOSES: 'opposes',
  ACTIVE_IN: 'organises in',
  PART_OF: 'is a section of',
  MERGED_INTO: 'merged into',
  ELECTION_OF: 'is an election of',
};

/**
 * The columns `nodes`, `edges`, `pieces` and `articles` for path variable `p` (named in the
 * caller's own query text): summaries; edges with their voice tally, in path order; the newest
 * `take` pieces of each edge, one `{edge, piece}` row each (flat, as the console's bound on the
 * size of a value would refuse a list of lists); and the articles those cite. Never whole nodes
 * and relationships.
 */
export const pathColumns = (p: string, take: number) => `[x IN nodes(${p}) | ${summaryOf('x')}] AS nodes,
  [pr IN relationships(${p}) | ${edgeTallyOf('pr')}] AS edges,
  COLLECT { UNWIND relationships(${p}) AS pr UNWIND ${newestPiecesOf('pr', String(take))} AS pr_piece
            RETURN {edge: elementId(pr), piece: pr_piece} } AS pieces,
  COLLECT { UNWIND relationships(${p}) AS pr UNWIND ${citedArticlesOf('pr', String(take))} AS pr_article
            RETURN DISTINCT pr_article } AS articles`;

export interface ExplainedPath {
  nodes: EntitySummary[];
  edges: {
    type: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
    evidence: EvidenceItem[];
    evidenceCount: number;
    attribution: Attribution;
  }[];
  sentence: string;
}

/** "Broadly Speaking endorsed Amanda Martin; Amanda Martin holds office in NEU." */
export function explainPath(record: Neo4jRecord): ExplainedPath {
  const nodes = toJson(record.get('nodes')) as EntitySummary[];
  const names = new Map(nodes.map((n) => [n.key, n.name]));
  const articles = record.get('articles') as ArticleMeta[];
  const pieces = new Map<string, string[]>();
  for (const { edge, piece } of record.get('pieces') as { edge: string; piece: string }[])
    pieces.set(edge, [...(pieces.get(edge) ?? []), piece]);
  const rows = (record.get('edges') as Omit<EdgeDetailRow, 'evidence'>[]).map((e) =>
    readEdgeDetail({ ...e, evidence: pieces.get(e.edge.id) ?? null }, articles),
  );
  const clauses: string[] = [];
  const edges = rows.map(({ edge, evidence, evidenceCount, attribution }) => {
    const title =
      edge.type === 'HOLDS_POSITION' && edge.properties.title ? ` (as ${edge.properties.title})` : '';
    clauses.push(
      `${names.get(edge.source)} ${PHRASES[edge.type] ?? edge.type.toLowerCase()} ${names.get(edge.target)}${title}`,
    );
    const { source, target, type, properties } = edge;
    return { type, source, target, properties, evidence, evidenceCount, attribution };
  });
  return { nodes, edges, sentence: `${clauses.join('; ')}.` };
}
