// POST /api/ask: a question in plain words, answered from fixed Cypher templates with evidence;
// GET /api/ask/templates: the questions it understands.
import type { FastifyPluginAsync } from 'fastify';
import { NODE } from '../alliance-schemas.ts';
import { askQuestion, templateRef } from '../questions/ask-question.ts';
import { TEMPLATES } from '../questions/templates.ts';
import { ENTITY_SUMMARY, EVIDENCE_SCHEMA } from '../schemas.ts';

const TEMPLATE_REF = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    form: { type: 'string' },
    examples: { type: 'array', items: { type: 'string' } },
  },
} as const;

const ENTITY_LIST = {
  type: 'array',
  items: {
    ...ENTITY_SUMMARY,
    properties: { ...ENTITY_SUMMARY.properties, detail: { type: ['string', 'null'] } },
  },
} as const;

export const askRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { question: string; picks?: Record<string, string> } }>(
    '/ask',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        description:
          'Maps a question onto one of the fixed templates (GET /api/ask/templates), fills its slots from the entity index, runs its Cypher read-only with parameters, and answers with evidence and that Cypher. `picks` chooses an entity for a slot the last answer called ambiguous.',
        body: {
          type: 'object',
          required: ['question'],
          additionalProperties: false,
          properties: {
            question: { type: 'string', minLength: 1, maxLength: 400 },
            picks: {
              type: 'object',
              additionalProperties: { type: 'string', minLength: 1, maxLength: 400 },
              description: 'slot → entity id, e.g. {"backer": "faction:broad-left@unite"}',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string', enum: ['answered', 'ambiguous', 'not-found', 'not-understood'] },
              question: { type: 'string' },
              message: { type: 'string' },
              template: { ...TEMPLATE_REF, type: ['object', 'null'] },
              slots: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    slot: { type: 'string' },
                    text: { type: 'string' },
                    entity: { ...ENTITY_SUMMARY, type: ['object', 'null'] },
                    note: { type: ['string', 'null'] },
                    options: ENTITY_LIST,
                    suggestions: ENTITY_LIST,
                  },
                },
              },
              answer: {
                type: ['object', 'null'],
                properties: {
                  summary: { type: 'string' },
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        text: { type: 'string' },
                        entities: { type: 'array', items: NODE },
                        evidence: { type: 'array', items: EVIDENCE_SCHEMA },
                        evidenceCount: { type: 'integer' },
                      },
                    },
                  },
                },
              },
              cypher: { type: ['string', 'null'] },
              params: { type: ['object', 'null'], additionalProperties: true },
              nearest: { type: 'array', items: TEMPLATE_REF },
            },
          },
        },
      },
    },
    async (request) => askQuestion(app, request.body.question, request.body.picks ?? {}),
  );

  app.get(
    '/ask/templates',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { templates: { type: 'array', items: TEMPLATE_REF } } },
        },
      },
    },
    async () => ({ templates: TEMPLATES.map(templateRef) }),
  );
};
