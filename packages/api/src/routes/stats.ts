// GET /api/stats: node counts by label and relationship counts by type.
import type { FastifyPluginAsync } from 'fastify';
import { storeStats } from '../queries/stats.ts';

const countSchema = { type: 'object', additionalProperties: { type: 'integer' } };

export const statsRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/stats',
    {
      schema: {
        response: { 200: { type: 'object', properties: { labels: countSchema, relations: countSchema } } },
      },
    },
    async () => app.readCache.get(app, 'stats', () => storeStats(app)),
  );
};
