// GET /api/health: the server answers, and says whether Neo4j does.
import type { FastifyPluginAsync } from 'fastify';

const healthSchema = {
  type: 'object',
  properties: { status: { type: 'string' }, neo4j: { type: 'string' }, uri: { type: 'string' } },
} as const;

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      try {
        await app.graph.driver.getServerInfo({ database: app.graph.database });
        return { status: 'ok', neo4j: 'up', uri: app.graph.uri };
      } catch {
        return reply.code(503).send({ status: 'degraded', neo4j: 'down', uri: app.graph.uri });
      }
    },
  );
};
