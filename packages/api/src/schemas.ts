// Response shapes shared by routes (and imported as types by the viewer).
import { ATTRIBUTION_SCHEMA } from './trust/attribution.ts';

/** An article's identity and provenance, as every answer that cites one gives it. */
export const ARTICLE_REF = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: ['string', 'null'] },
    date: { type: ['string', 'null'] },
    source: { type: ['string', 'null'] },
    /** The web page or PDF the article was fetched from; null for files. */
    url: { type: ['string', 'null'] },
  },
} as const;

export const EVIDENCE_SCHEMA = {
  type: 'object',
  properties: {
    articleId: { type: 'string' },
    sentence: { type: 'string' },
    sentenceStart: { type: 'integer' },
    sentenceEnd: { type: 'integer' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    method: { type: 'string' },
    confidence: { type: 'number' },
    ended: { type: 'boolean', description: 'the sentence says this tie ended' },
    speaker: {
      type: 'object',
      description: 'who the sentence says is speaking',
      properties: { name: { type: 'string' }, type: { type: 'string' }, id: { type: 'string' } },
    },
    publisher: { type: ['string', 'null'], description: "the article's publisher" },
    publisherOwner: { type: ['string', 'null'], description: 'the party or faction whose organ it is' },
    partisan: {
      type: 'string',
      enum: ['outlet-about-itself', 'outlet', 'speaker-about-itself'],
      description: 'a party or faction speaking: about itself, or through its own outlet',
    },
    article: { ...ARTICLE_REF, type: ['object', 'null'] },
  },
} as const;

export const ENTITY_SUMMARY = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    type: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    articleCount: { type: 'integer' },
  },
} as const;

/** A relation seen from one of its ends: its type, which way it points, and the other end. */
export const RELATION_END = {
  type: { type: 'string' },
  direction: { type: 'string', enum: ['out', 'in'] },
  other: ENTITY_SUMMARY,
} as const;

export const GRAPH_SCHEMA = {
  type: 'object',
  properties: {
    options: { type: 'object', additionalProperties: true },
    attributes: { type: 'object', additionalProperties: true },
    nodes: { type: 'array', items: { type: 'object', additionalProperties: true } },
    edges: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export const EDGE_WITH_EVIDENCE = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    properties: { type: 'object', additionalProperties: true },
    evidence: { type: 'array', items: EVIDENCE_SCHEMA, description: 'the newest pieces' },
    evidenceCount: { type: 'integer', description: 'how many pieces the edge has in all' },
    attribution: ATTRIBUTION_SCHEMA,
  },
} as const;

export const PATH_SCHEMA = {
  type: 'object',
  properties: {
    nodes: { type: 'array', items: ENTITY_SUMMARY },
    edges: { type: 'array', items: EDGE_WITH_EVIDENCE },
  },
} as const;

export interface EntitySummary {
  key: string;
  type: string;
  name: string;
  aliases: string[];
  articleCount: number;
}

/** The body of every 4xx answer. */
export const ERROR_REPLY = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;
