// GET /api/search: ranked full-text and prefix search over names and aliases.
import { ENTITY_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { searchEntities } from '../queries/search.ts';
import { sendCached } from '../read-cache.ts';
import { ENTITY_SUMMARY } from '../schemas.ts';

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
    async (request, reply) => {
      const { q, type, limit = 10 } = request.query;
      // Search as you type asks the same few prefixes again and again, and the answers change
      // only with the store: kept as JSON text until the next ingest or curation.
      return sendCached(app, reply, ['search', q.toLowerCase(), type ?? null, limit], async () => ({
        results: await searchEntities(app, q, { type, limit }),
      }));
    },
  );
};
