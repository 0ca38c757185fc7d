// Shortest paths between two entities (GET /api/paths). ACTIVE_IN, ELECTION_OF and PART_OF join
// factions, elections and sections to their union, so through them nearly everything in a union
// is a few hops from everything else (and ACTIVE_IN edges carry the most evidence: about 780
// pieces each at 10 000 articles); path search skips those types unless asked.
import { RELATION_TYPES } from '@caucus/graph';
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../read-query.ts';
import { ENTITY_RELATIONS } from './edge-summary.ts';
import { type ExplainedPath, explainPath, pathColumns } from './path-explain.ts';

export const HUB_RELATION_TYPES: readonly string[] = ['ACTIVE_IN', 'ELECTION_OF', 'PART_OF'];

export const WITHOUT_HUBS = RELATION_TYPES.filter((t) => !HUB_RELATION_TYPES.includes(t)).join('|');

/** Evidence pieces shown per edge of a path (the newest); each edge says how many it has. */
export const PATH_EVIDENCE = 5;

// The type list is one of two constants and maxHops a validated integer 1..6: fixed query texts.
export const pathsQuery = (types: string, maxHops: number) => `
MATCH (a:Entity {key: $from}), (b:Entity {key: $to}) WHERE a <> b
MATCH p = allShortestPaths((a)-[:${types}*..${maxHops}]-(b))
WITH p LIMIT 20
RETURN ${pathColumns('p', PATH_EVIDENCE)}`;

export async function findPaths(
  app: FastifyInstance,
  from: string,
  to: string,
  options: { maxHops: number; hubs: boolean },
): Promise<ExplainedPath[]> {
  const types = options.hubs ? ENTITY_RELATIONS : WITHOUT_HUBS;
  const records = await readQuery(app, pathsQuery(types, options.maxHops), { from, to });
  return records.map(explainPath);
}
