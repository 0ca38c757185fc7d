// Node counts by label and relationship counts by type (GET /api/stats). Both read every node or
// relationship, so the route keeps the answer in the read cache until the store changes.
import type { FastifyInstance } from 'fastify';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';

const LABEL_COUNTS = 'MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS count';
const TYPE_COUNTS = 'MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count';

export interface StoreStats {
  labels: Record<string, number>;
  relations: Record<string, number>;
}

export async function storeStats(app: FastifyInstance): Promise<StoreStats> {
  const [labels, relations] = await Promise.all([readQuery(app, LABEL_COUNTS), readQuery(app, TYPE_COUNTS)]);
  const counts = (rows: typeof labels) =>
    Object.fromEntries(rows.map((r) => [r.get('name') as string, toJson(r.get('count')) as number]));
  return { labels: counts(labels), relations: counts(relations) };
}
