// GET /api/graph/evidence?edge=: the evidence of one overview relation, fetched when the viewer
// opens it (the overview itself carries only weights and first/last dates).
import type { FastifyInstance } from 'fastify';
import { relationEvidence } from '../queries/relation-evidence.ts';
import { EVIDENCE_SCHEMA } from '../schemas.ts';
import { parseSpan, SPAN_PARAMS } from '../span.ts';

interface EvidenceQuery {
  edge: string;
  limit?: number;
  since?: string;
  until?: string;
}

export function graphEvidenceRoute(app: FastifyInstance): void {
  app.get<{ Querystring: EvidenceQuery }>(
    '/graph/evidence',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['edge'],
          properties: {
            edge: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              description: 'an edge key from GET /api/graph',
            },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            ...SPAN_PARAMS,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              type: { type: 'string' },
              source: { type: 'string' },
              target: { type: 'string' },
              evidenceCount: { type: 'integer' },
              evidence: { type: 'array', items: EVIDENCE_SCHEMA },
            },
          },
        },
      },
    },
    async (request) => {
      const { edge, limit = 20 } = request.query;
      const found = (await relationEvidence(app, [edge], parseSpan(request.query), limit)).get(edge);
      if (!found)
        throw Object.assign(new Error(`No relation with key "${edge}"; take edge keys from GET /api/graph`), {
          statusCode: 404,
        });
      return found;
    },
  );
}
