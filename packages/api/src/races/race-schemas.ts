// JSON schemas of the election endpoints (response serialisation and OpenAPI).
import { ARTICLE_REF, ENTITY_SUMMARY, EVIDENCE_SCHEMA } from '../schemas.ts';
import { RACE_RESULTS } from './race-types.ts';

const NULLABLE_ENTITY = { ...ENTITY_SUMMARY, type: ['object', 'null'] } as const;

/** An election's identity: union, post and year. */
const ELECTION = {
  key: { type: 'string' },
  name: { type: 'string' },
  post: { type: ['string', 'null'] },
  year: { type: ['integer', 'null'] },
  union: NULLABLE_ENTITY,
} as const;

export const ELECTION_SUMMARY = {
  type: 'object',
  properties: {
    ...ELECTION,
    candidateCount: { type: 'integer' },
    winners: { type: 'array', items: { type: 'string' } },
  },
} as const;

const FIGURE = {
  type: ['object', 'null'],
  description: 'a figure read from the text, with the sentence it was read from',
  properties: { value: { type: 'number' }, evidence: EVIDENCE_SCHEMA },
} as const;

const EVIDENCE_LIST = { type: 'array', items: EVIDENCE_SCHEMA } as const;

export const RACE_BOARD_SCHEMA = {
  type: 'object',
  properties: {
    election: { type: 'object', properties: ELECTION },
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          person: ENTITY_SUMMARY,
          seat: { type: ['string', 'null'] },
          result: { type: ['string', 'null'], enum: [...RACE_RESULTS, null] },
          resultBasis: {
            type: ['string', 'null'],
            description: '"stated", or what the result was inferred from',
          },
          resultEvidence: EVIDENCE_LIST,
          votes: FIGURE,
          share: { ...FIGURE, description: 'per cent of the vote, read from the text' },
          candidacyEvidence: EVIDENCE_LIST,
          endorsers: {
            type: 'array',
            items: {
              type: 'object',
              properties: { entity: ENTITY_SUMMARY, evidence: EVIDENCE_LIST },
            },
          },
        },
      },
    },
    articles: { type: 'array', items: ARTICLE_REF },
  },
} as const;
