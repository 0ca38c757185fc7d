// GET /api/paths: shortest paths between two entities, each edge with its newest evidence.
import type { FastifyPluginAsync } from 'fastify';
import { findPaths, HUB_RELATION_TYPES } from '../queries/paths.ts';
import { sendCached } from '../read-cache.ts';
import { requireTwoEntities } from '../require-entities.ts';
import { PATH_SCHEMA } from '../schemas.ts';

export const pathRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { from: string; to: string; maxHops?: number; hubs?: boolean } }>(
    '/paths',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          properties: {
            from: { type: 'string', minLength: 1 },
            to: { type: 'string', minLength: 1 },
            maxHops: { type: 'integer', minimum: 1, maximum: 6, default: 4 },
            hubs: {
              type: 'boolean',
              default: false,
              description: `also walk through hub relations (${HUB_RELATION_TYPES.join(', ')}), which join almost everything`,
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              paths: {
                type: 'array',
                items: {
                  ...PATH_SCHEMA,
                  properties: { ...PATH_SCHEMA.properties, sentence: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { from, to, maxHops = 4, hubs = false } = request.query;
      return sendCached(app, reply, ['paths', from, to, maxHops, hubs], async () => {
        await requireTwoEntities(app, { from, to });
        return { paths: await findPaths(app, from, to, { maxHops, hubs }) };
      });
    },
  );
};
