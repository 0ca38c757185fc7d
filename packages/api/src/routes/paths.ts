// GET /api/paths: shortest paths between two entities, each edge with its evidence.
import type { FastifyPluginAsync } from 'fastify';
import { PATH_ARTICLES } from '../evidence.ts';
import { readQuery } from '../read-query.ts';
import { requireEntities } from '../require-entities.ts';
import { PATH_SCHEMA } from '../schemas.ts';
import { articlesOf, explainPath } from './path-explain.ts';

export const pathRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { from: string; to: string; maxHops?: number } }>(
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
    async (request) => {
      const { from, to, maxHops = 4 } = request.query;
      await requireEntities(app, { from, to });
      // maxHops is a validated integer 1..6 placed in a fixed query text.
      const records = await readQuery(
        app,
        `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
         MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
         WHERE all(n IN nodes(p) WHERE n:Entity)
         WITH p LIMIT 20
         RETURN p, ${PATH_ARTICLES} AS articles`,
        { from, to },
      );
      return { paths: records.map((r) => explainPath(r.get('p'), articlesOf(r))) };
    },
  );
};
