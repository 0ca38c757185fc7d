// GET /api/graph: a subgraph for the viewer, filtered, capped, in graphology's format.
import { ENTITY_TYPES, RELATION_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { GraphCollector } from '../graph-json/graphology-json.ts';
import { parseList } from '../query-lists.ts';
import { readQuery } from '../read-query.ts';
import { GRAPH_SCHEMA } from '../schemas.ts';

/** The filters of GET /api/graph (also the viewer's, as a type). */
export interface GraphQuery {
  types?: string;
  relations?: string;
  since?: string;
  until?: string;
  article?: string;
  limit?: number;
  /** Only relations that at least one independent (non-partisan) source supports. */
  independent?: boolean;
}

export const graphRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: GraphQuery }>(
    '/graph',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            types: {
              type: 'string',
              description: `entity types, comma-separated: ${ENTITY_TYPES.join(', ')}`,
            },
            relations: {
              type: 'string',
              description: `relation types, comma-separated: ${RELATION_TYPES.join(', ')}`,
            },
            since: { type: 'string', format: 'date' },
            until: { type: 'string', format: 'date' },
            article: { type: 'string', pattern: '^[0-9a-f]{16}$' },
            limit: { type: 'integer', minimum: 1, maximum: 100000 },
            independent: {
              type: 'boolean',
              description: 'only relations supported by at least one independent (non-partisan) source',
            },
          },
        },
        response: { 200: GRAPH_SCHEMA },
      },
    },
    async (request) => {
      const q = request.query;
      const types = parseList(q.types, ENTITY_TYPES, 'types');
      const relations = parseList(q.relations, RELATION_TYPES, 'relations');
      const limit = Math.min(q.limit ?? app.settings.graphNodeLimit, app.settings.graphNodeLimit);
      const params = {
        types,
        relations,
        since: q.since ?? null,
        until: q.until ?? null,
        article: q.article ?? null,
        independent: q.independent === true,
        limit: limit + 1,
      };
      // Nodes first (capped, best-connected first), then the edges among them.
      const nodes = await readQuery(
        app,
        `MATCH (n:Entity)
         WHERE ($types IS NULL OR n.type IN $types)
           AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:MENTIONS]->(n) })
           AND ($since IS NULL AND $until IS NULL OR EXISTS {
                 MATCH (a:Article)-[:MENTIONS]->(n)
                 WHERE ($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until) })
         RETURN n ORDER BY coalesce(n.articleCount, 0) DESC, n.key LIMIT $limit`,
        params,
      );
      const truncated = nodes.length > limit;
      const graph = new GraphCollector();
      const keys = nodes.slice(0, limit).map((r) => graph.addNode(r.get('n')));
      const edges = await readQuery(
        app,
        `MATCH (s:Entity)-[r]->(t:Entity)
         WHERE s.key IN $keys AND t.key IN $keys
           AND ($relations IS NULL OR type(r) IN $relations)
           AND ($article IS NULL OR $article IN r.articleIds)
           AND ($since IS NULL OR any(d IN r.articleDates WHERE d >= $since))
           AND ($until IS NULL OR any(d IN r.articleDates WHERE d <> '' AND d <= $until))
           AND (NOT $independent OR coalesce(r.independentSourceCount, r.articleCount, 1) >= 1)
         RETURN s, r, t`,
        { ...params, keys },
        30_000,
      );
      for (const e of edges) graph.collect(e.get('r'));
      return graph.toSerialized({ truncated, nodeLimit: limit });
    },
  );
};
