// GET /api/search: ranked full-text and prefix search over names and aliases.
import { ENTITY_TYPES } from '@caucus/graph';
import { FULLTEXT_INDEX } from '@caucus/graph/neo4j';
import type { FastifyPluginAsync } from 'fastify';
import { readQuery } from '../read-query.ts';
import { ENTITY_SUMMARY } from '../schemas.ts';

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

export const searchRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { q: string; type?: string; limit?: number } }>(
    '/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            type: { type: 'string', enum: [...ENTITY_TYPES] },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              results: {
                type: 'array',
                items: {
                  ...ENTITY_SUMMARY,
                  properties: { ...ENTITY_SUMMARY.properties, score: { type: 'number' } },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const { q, type, limit = 10 } = request.query;
      const query = luceneQuery(q);
      if (!query) return { results: [] };
      const records = await readQuery(
        app,
        `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
         WHERE $type IS NULL OR node.type = $type
         RETURN node.key AS key, node.type AS type, node.name AS name, coalesce(node.aliases, []) AS aliases,
                coalesce(node.articleCount, 0) AS articleCount,
                score + CASE WHEN toLower(node.name) = toLower($q) THEN 10 ELSE 0 END AS score
         ORDER BY score DESC, articleCount DESC, name
         LIMIT $limit`,
        { index: FULLTEXT_INDEX, query, q, type: type ?? null, limit, fetch: limit * 5 },
      );
      return { results: records.map((r) => r.toObject()) };
    },
  );
};
