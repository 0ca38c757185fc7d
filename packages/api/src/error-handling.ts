// Errors leave as JSON with a clear message and no stack; an unreachable Neo4j is a 503 with a hint.
import type { FastifyError, FastifyInstance } from 'fastify';
import { isNeo4jDown } from './neo4j-errors.ts';

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isNeo4jDown(error)) {
      const supervised = app.graph.status?.();
      if (supervised && supervised.state === 'restarting') {
        return reply.code(503).send({
          error: 'Service Unavailable',
          message: `The local Neo4j ${supervised.reason ?? 'stopped'}; it is being restarted and will be used again as soon as it answers.`,
          hint: 'Nothing to do: retry in a few seconds; /api/health says when it is back.',
        });
      }
      return reply.code(503).send({
        error: 'Service Unavailable',
        message: `Neo4j is not reachable at ${app.graph.uri}; it will be used again as soon as it answers.`,
        hint: 'Start it with `pnpm caucus db start`, or check NEO4J_URI.',
      });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    return reply.code(status).send({
      error: status >= 500 ? 'Internal Server Error' : (error.code ?? 'Bad Request'),
      message: status >= 500 ? 'The server failed to answer; see its log.' : error.message,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'Not Found', message: `No route ${request.method} ${request.url}` }),
  );
}
