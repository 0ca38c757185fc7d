// GET /api/blocs: communities of the endorsement and alliance network, named, with evidence.
import type { FastifyPluginAsync } from 'fastify';
import { BLOCS_SCHEMA, SCOPE_QUERY } from '../alliance-schemas.ts';
import { computeBlocs } from '../queries/blocs.ts';
import { parseSpan } from '../span.ts';

export const blocRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { union?: string; since?: string; until?: string } }>(
    '/blocs',
    {
      schema: {
        description:
          'Blocs (Louvain communities, seeded so the answer is stable) of factions, parties and people tied by endorsing the same candidates, alliances, slates and membership, weighted by evidence.',
        querystring: SCOPE_QUERY,
        response: { 200: BLOCS_SCHEMA },
      },
    },
    async (request) => {
      const { union } = request.query;
      return computeBlocs(app, { union: union ?? null, ...parseSpan(request.query) });
    },
  );
};
