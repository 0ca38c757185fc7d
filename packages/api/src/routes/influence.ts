// GET /api/influence: who sits at the centre: centrality, endorsers' wins, brokers between blocs.
import type { FastifyPluginAsync } from 'fastify';
import { INFLUENCE_SCHEMA, SCOPE_QUERY } from '../alliance-schemas.ts';
import { computeInfluence, INFLUENCE_SORTS, type InfluenceSort } from '../queries/influence.ts';
import { parseSpan } from '../span.ts';

export const influenceRoutes: FastifyPluginAsync = async (app) => {
  app.get<{
    Querystring: { union?: string; since?: string; until?: string; sort?: InfluenceSort; limit?: number };
  }>(
    '/influence',
    {
      schema: {
        description:
          'Degree, evidence-weighted degree and betweenness on the alliance graph; candidates backed and won; blocs reached (brokers reach several).',
        querystring: {
          ...SCOPE_QUERY,
          properties: {
            ...SCOPE_QUERY.properties,
            sort: { type: 'string', enum: [...INFLUENCE_SORTS], default: 'wins' },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 100 },
          },
        },
        response: { 200: INFLUENCE_SCHEMA },
      },
    },
    async (request) => {
      const { union, sort, limit } = request.query;
      return computeInfluence(
        app,
        { union: union ?? null, ...parseSpan(request.query) },
        { sort: sort ?? 'wins', limit: limit ?? 100 },
      );
    },
  );
};
