// GET /api/links: every way a faction and a candidate are connected, ranked and explained.
import type { FastifyPluginAsync } from 'fastify';
import { findLinks } from '../queries/links.ts';
import { sendCached } from '../read-cache.ts';
import { requireTwoEntities } from '../require-entities.ts';
import { PATH_SCHEMA } from '../schemas.ts';

export const linkRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { faction: string; candidate: string } }>(
    '/links',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['faction', 'candidate'],
          properties: {
            faction: { type: 'string', minLength: 1 },
            candidate: { type: 'string', minLength: 1 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              links: {
                type: 'array',
                items: {
                  ...PATH_SCHEMA,
                  properties: {
                    ...PATH_SCHEMA.properties,
                    kind: { type: 'string' },
                    score: { type: 'number' },
                    sentence: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { faction, candidate } = request.query;
      return sendCached(app, reply, ['links', faction, candidate], async () => {
        await requireTwoEntities(app, { faction, candidate });
        return { links: (await findLinks(app, faction, candidate)).links };
      });
    },
  );
};
