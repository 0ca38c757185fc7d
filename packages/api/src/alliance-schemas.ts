// Shapes of the blocs and influence answers (OpenAPI, and fast serialisation).
import { EVIDENCE_SCHEMA } from './schemas.ts';
import { SPAN_PARAMS } from './span.ts';

/** An entity as analyses and answers name it. */
export const NODE = {
  type: 'object',
  properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } },
} as const;

export const SCOPE_QUERY = {
  type: 'object',
  properties: {
    union: { type: 'string', minLength: 1, maxLength: 400, description: 'a union id (with its sections)' },
    ...SPAN_PARAMS,
  },
} as const;

export const SCOPE_SCHEMA = {
  type: 'object',
  properties: {
    union: { type: ['string', 'null'] },
    since: { type: ['string', 'null'] },
    until: { type: ['string', 'null'] },
    unions: { type: ['array', 'null'], items: { type: 'string' } },
  },
} as const;

const RELATION_EVIDENCE = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    evidenceCount: { type: 'integer' },
    evidence: { type: 'array', items: EVIDENCE_SCHEMA },
  },
} as const;

export const BLOCS_SCHEMA = {
  type: 'object',
  properties: {
    scope: SCOPE_SCHEMA,
    nodeCount: { type: 'integer' },
    tieCount: { type: 'integer' },
    modularity: { type: 'number' },
    blocs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          name: { type: 'string' },
          namedAfter: NODE,
          size: { type: 'integer' },
          weight: { type: 'number' },
          members: {
            type: 'array',
            items: { ...NODE, properties: { ...NODE.properties, strength: { type: 'number' } } },
          },
          ties: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                source: NODE,
                target: NODE,
                weight: { type: 'number' },
                reasons: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      kind: { type: 'string', enum: ['endorsed', 'co-endorsed', 'allied', 'member'] },
                      weight: { type: 'number' },
                      via: { ...NODE, type: ['object', 'null'] },
                      relations: { type: 'array', items: RELATION_EVIDENCE },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const INFLUENCE_SCHEMA = {
  type: 'object',
  properties: {
    scope: SCOPE_SCHEMA,
    nodeCount: { type: 'integer' },
    total: { type: 'integer' },
    rows: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...NODE.properties,
          bloc: { type: ['integer', 'null'] },
          blocName: { type: ['string', 'null'] },
          degree: { type: 'integer' },
          weightedDegree: { type: 'number' },
          betweenness: { type: 'number' },
          blocsReached: { type: 'integer' },
          backed: { type: 'integer' },
          won: { type: 'integer' },
          winRate: { type: ['number', 'null'] },
        },
      },
    },
  },
} as const;
