// GET /api/graph: the overview the viewer draws, filtered and capped, as compact columns (or in
// graphology's format); each relation with its weight and first/last evidence dates, its evidence
// on demand (GET /api/graph/evidence).
import { ENTITY_TYPES, RELATION_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { overviewColumns } from '../overview/overview-columns.ts';
import { overviewJson } from '../overview/overview-json.ts';
import { readOverview } from '../overview/overview-query.ts';
import { parseList } from '../query-lists.ts';
import { graphEvidenceRoute } from './graph-evidence.ts';

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
  format?: 'columns' | 'graphology';
}

export const graphRoutes: FastifyPluginAsync = async (app) => {
  graphEvidenceRoute(app);
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
            format: {
              type: 'string',
              enum: ['columns', 'graphology'],
              default: 'columns',
              description:
                "columns: compact arrays (the viewer's); graphology: graphology's serialised format",
            },
          },
        },
      },
    },
    async (request, reply) => {
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
      };
      const format = q.format ?? 'columns';
      // Building it reads every relation; kept as JSON text until the store changes.
      const key = JSON.stringify(['graph', format, params, limit]);
      const json = await app.readCache.get(app, key, async () => {
        const rows = await readOverview(app, params, limit);
        const attributes = { truncated: rows.truncated, nodeLimit: limit };
        return JSON.stringify(
          format === 'graphology' ? overviewJson(rows, attributes) : overviewColumns(rows, attributes),
        );
      });
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );
};
