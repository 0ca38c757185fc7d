// POST /api/cypher: user Cypher, read-only, screened, timed out and capped.
import type { FastifyPluginAsync } from 'fastify';
import { Neo4jError } from 'neo4j-driver';
import { runUserCypher } from '../cypher/run-user-cypher.ts';
import { GRAPH_SCHEMA } from '../schemas.ts';

const TIMEOUT_CODES = /TransactionTimedOut|TransactionTimedOutClientConfiguration|Terminated/;
/** Neo4j's per-transaction and global memory pools: the query is stopped, the JVM lives on. */
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|MemoryLimit/;

export const cypherRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
    '/cypher',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          required: ['query'],
          additionalProperties: false,
          properties: {
            query: { type: 'string', minLength: 1, maxLength: 20000 },
            params: { type: 'object', additionalProperties: true },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              columns: { type: 'array', items: { type: 'string' } },
              rows: { type: 'array', items: { type: 'array', items: {} } },
              truncated: { type: 'boolean' },
              graph: GRAPH_SCHEMA,
              elapsedMs: { type: 'integer' },
            },
          },
        },
      },
    },
    async (request, reply) => {
      try {
        return await runUserCypher(app, request.body.query, request.body.params ?? {});
      } catch (err) {
        if (err instanceof Neo4jError && TIMEOUT_CODES.test(err.code)) {
          return reply.code(408).send({
            error: 'Query Timeout',
            message: `The query ran past ${app.settings.cypherTimeoutMs} ms and was stopped`,
          });
        }
        if (err instanceof Neo4jError && MEMORY_CODES.test(err.code)) {
          return reply.code(400).send({
            error: 'Query Memory Exceeded',
            message: `The query needed more memory than one query may use and was stopped: ${err.message.split('\n')[0]}`,
          });
        }
        if (err instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Procedure|Security)/.test(err.code)) {
          return reply
            .code(400)
            .send({ error: 'Bad Cypher', message: err.message.split('\n')[0] ?? err.message });
        }
        throw err;
      }
    },
  );
};
