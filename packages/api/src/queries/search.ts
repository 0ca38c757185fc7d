// Ranked full-text and prefix search over entity names and aliases.
import { FULLTEXT_INDEX } from '@caucus/graph/neo4j';
import type { FastifyInstance } from 'fastify';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import type { EntitySummary } from '../schemas.ts';

/** The user's words as a Lucene query: every word must match, the last one as a prefix. */
export function luceneQuery(q: string): string {
  const words = q
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  const all = words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w)).join(' AND ');
  return `(${all}) OR "${words.join(' ')}"^2`;
}

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node.key AS key, node.type AS type, node.name AS name, coalesce(node.aliases, []) AS aliases,
       coalesce(node.articleCount, 0) AS articleCount,
       score + CASE WHEN toLower(node.name) = toLower($q) THEN 10 ELSE 0 END AS score
ORDER BY score DESC, articleCount DESC, name
LIMIT $limit`;

export async function searchEntities(
  app: FastifyInstance,
  q: string,
  options: { type?: string | undefined; limit?: number } = {},
): Promise<(EntitySummary & { score: number })[]> {
  const query = luceneQuery(q);
  if (!query) return [];
  const limit = options.limit ?? 10;
  const records = await readQuery(app, SEARCH_ENTITIES, {
    index: FULLTEXT_INDEX,
    query,
    q,
    type: options.type ?? null,
    limit,
    fetch: limit * 5,
  });
  return records.map((r) => toJson(r.toObject()) as EntitySummary & { score: number });
}
