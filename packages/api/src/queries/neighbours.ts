// An entity's ego network (GET /api/entities/:id/neighbors): the paths of up to `depth` hops from
// it, capped, as the distinct entities and edges on them. Edges come as summaries (no evidence
// lists): a hub's edges carry hundreds of pieces each, and the viewer draws only weights and dates.
import type { FastifyInstance } from 'fastify';
import type { Node } from 'neo4j-driver';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import { type EdgeSummary, ENTITY_RELATIONS, edgeSummaryOf, presentProperties } from './edge-summary.ts';

// The hop range is chosen among fixed texts by a validated depth.
const HOPS = { 1: '1..1', 2: '1..2', 3: '1..3' } as const;

export const neighboursQuery = (hops: string) => `
MATCH (n:Entity {key: $id})
OPTIONAL MATCH p = (n)-[rels:${ENTITY_RELATIONS}*${hops}]-(m:Entity)
WHERE $types IS NULL OR all(r IN rels WHERE type(r) IN $types)
WITH n, p LIMIT $limit
WITH n, collect(p) AS paths
RETURN n,
       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS x RETURN DISTINCT x } AS nodes,
       COLLECT { UNWIND paths AS p UNWIND relationships(p) AS r WITH DISTINCT r RETURN ${edgeSummaryOf('r')} } AS edges`;

export interface Neighbourhood {
  center: Node;
  nodes: Node[];
  edges: EdgeSummary[];
}

export async function readNeighbours(
  app: FastifyInstance,
  id: string,
  options: { depth: 1 | 2 | 3; types: string[] | null; limit: number },
): Promise<Neighbourhood | null> {
  const [row] = await readQuery(app, neighboursQuery(HOPS[options.depth]), {
    id,
    types: options.types,
    limit: options.limit,
  });
  if (!row) return null;
  return {
    center: row.get('n') as Node,
    nodes: row.get('nodes') as Node[],
    edges: (row.get('edges') as EdgeSummary[]).map((e) => ({
      ...e,
      properties: presentProperties(toJson(e.properties) as Record<string, unknown>),
    })),
  };
}
