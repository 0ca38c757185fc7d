// GET /api/health: the server answers, and says whether Neo4j does, and if not, why.
import type { FastifyPluginAsync } from 'fastify';

/** What a supervisor of the local Neo4j knows: up, or restarting and why. */
export interface DbmsHealth {
  state: 'up' | 'restarting' | 'stopped';
  reason?: string;
  restarts: number;
}

const healthSchema = {
  type: 'object',
  properties: {
    status: { type: 'string' },
    neo4j: { type: 'string' },
    uri: { type: 'string' },
    reason: { type: 'string' },
    restarts: { type: 'integer' },
  },
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
      const { uri, status } = app.graph;
      const supervised = status?.();
      const restarts = supervised ? { restarts: supervised.restarts } : {};
      if (supervised && supervised.state !== 'up') {
        return reply.code(503).send({
          status: 'degraded',
          neo4j: supervised.state,
          uri,
          reason: supervised.reason ?? `the local Neo4j is ${supervised.state}`,
          ...restarts,
        });
      }
      try {
        await app.graph.driver.getServerInfo({ database: app.graph.database });
        return { status: 'ok', neo4j: 'up', uri, ...restarts };
      } catch (err) {
        const why = (err as Error).message.split('\n')[0];
        return reply.code(503).send({
          status: 'degraded',
          neo4j: 'down',
          uri,
          reason: `Neo4j does not answer: ${why}`,
          ...restarts,
        });
      }
    },
  );
};
