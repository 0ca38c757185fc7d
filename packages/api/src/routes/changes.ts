// GET /api/changes — changed allegiances, each with both sides' dated evidence.
import type { FastifyPluginAsync } from 'fastify';
import { CHANGE_TYPES } from '../changes/change-flag.ts';
import { CHANGES_SCHEMA } from '../changes/change-schemas.ts';
import { detectChanges } from '../changes/detect-changes.ts';
import { loadChangeRows } from '../queries/changes.ts';
import { parseList } from '../query-lists.ts';
import { requireEntities } from '../require-entities.ts';

export const changeRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { entity?: string; type?: string; limit?: number } }>(
    '/changes',
    {
      schema: {
        description:
          'Changed allegiances read from dated evidence: a member standing against their party, a body endorsing a former opponent, a candidate whose backers changed, a tie the text says ended. A tie not mentioned again is never a change.',
        querystring: {
          type: 'object',
          properties: {
            entity: {
              type: 'string',
              minLength: 1,
              maxLength: 400,
              description: 'only flags naming this entity',
            },
            type: {
              type: 'string',
              description: `change types, comma-separated: ${CHANGE_TYPES.join(', ')}`,
            },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 },
          },
        },
        response: { 200: CHANGES_SCHEMA },
      },
    },
    async (request) => {
      const { entity, limit = 1000 } = request.query;
      const types = parseList(request.query.type, CHANGE_TYPES, 'type');
      if (entity) await requireEntities(app, { entity });
      const flags = detectChanges(await loadChangeRows(app, entity ?? null, limit * 4)).filter(
        (f) => (!types || types.includes(f.type)) && (!entity || f.entities.includes(entity)),
      );
      return { changes: flags.slice(0, limit), truncated: flags.length > limit };
    },
  );
};
