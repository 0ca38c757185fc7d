// JSON schema of GET /api/changes (response serialisation and OpenAPI).
import { ENTITY_SUMMARY, EVIDENCE_SCHEMA } from '../schemas.ts';
import { CHANGE_TYPES } from './change-flag.ts';

const SIDE = {
  type: 'object',
  properties: {
    entity: ENTITY_SUMMARY,
    relation: { type: 'string' },
    said: { type: 'string' },
    date: { type: ['string', 'null'] },
    election: {
      type: ['object', 'null'],
      properties: { key: { type: 'string' }, name: { type: 'string' }, year: { type: ['integer', 'null'] } },
    },
    evidence: { type: 'array', items: EVIDENCE_SCHEMA },
  },
} as const;

export const CHANGES_SCHEMA = {
  type: 'object',
  properties: {
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          type: { type: 'string', enum: [...CHANGE_TYPES] },
          subject: ENTITY_SUMMARY,
          summary: { type: 'string' },
          before: SIDE,
          after: SIDE,
          entities: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    truncated: { type: 'boolean' },
  },
} as const;
