// GET /api/entities/:id/timeline — every relation of an entity with its dated evidence.
import type { FastifyPluginAsync } from 'fastify';
import { loadTimeline } from '../queries/timeline.ts';
import { ENTITY_SUMMARY, ERROR_REPLY, EVIDENCE_SCHEMA, RELATION_END } from '../schemas.ts';

const DATE = { type: ['string', 'null'], description: 'YYYY-MM-DD of the article' } as const;

export const timelineRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { id: string }; Querystring: { limit?: number } }>(
    '/entities/:id/timeline',
    {
      schema: {
        description: "An entity's relations, each with its first and last dates and its dated evidence.",
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 400 } } },
        querystring: {
          type: 'object',
          properties: {
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
              description: 'most pieces of evidence per relation',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              entity: ENTITY_SUMMARY,
              first: DATE,
              last: DATE,
              relations: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    ...RELATION_END,
                    firstDate: DATE,
                    lastDate: DATE,
                    evidenceCount: { type: 'integer' },
                    points: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { date: { type: 'string' }, evidence: EVIDENCE_SCHEMA },
                      },
                    },
                    undated: { type: 'integer' },
                  },
                },
              },
            },
          },
          404: ERROR_REPLY,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const timeline = await loadTimeline(app, id, request.query.limit ?? 100);
      if (!timeline)
        throw Object.assign(new Error(`No entity with id "${id}"; find ids with GET /api/search?q=…`), {
          statusCode: 404,
        });
      return timeline;
    },
  );
};
