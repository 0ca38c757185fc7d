// Paths as entity summaries and edges with their newest evidence, and explained in plain words.
// The queries that find paths return `pathColumns(p)`; explainPath reads one such row.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { ArticleMeta, EvidenceItem } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import type { EntitySummary } from '../schemas.ts';
import type { Attribution } from '../trust/attribution.ts';
import { type EdgeDetailRow, edgeDetailOf, readEdgeDetail } from './edge-detail.ts';
import { summaryOf } from './fragments.ts';

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
 * The columns `nodes` and `edges` for path variable `p` (named in the caller's own query text):
 * summaries and edge details with the newest `take` pieces, never whole nodes and relationships.
 */
export const pathColumns = (p: string, take: number) => `[x IN nodes(${p}) | ${summaryOf('x')}] AS nodes,
  [pr IN relationships(${p}) | ${edgeDetailOf('pr', String(take))}] AS edges,
  COLLECT { UNWIND relationships(${p}) AS pr UNWIND pr.articleIds[-${take}..] AS aid
            MATCH (cited:Article {id: aid}) RETURN DISTINCT cited {.id, .title, .date, .source, .url} } AS articles`;

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
  const rows = (record.get('edges') as EdgeDetailRow[]).map((e) => readEdgeDetail(e, articles));
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
