// GET /api/entities/:id — an entity with its newest articles and its strongest relations per
// group, each with evidence; GET /api/entities/:id/relations — one group paged;
// GET /api/entities/:id/neighbors — its ego network.
import { RELATION_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { GraphCollector } from '../graph-json/graphology-json.ts';
import { readEntity, readRelationPage } from '../queries/entity.ts';
import { readNeighbours } from '../queries/neighbours.ts';
import { parseList } from '../query-lists.ts';
import { sendCached } from '../read-cache.ts';
import { ARTICLE_REF, ENTITY_SUMMARY, EVIDENCE_SCHEMA, GRAPH_SCHEMA, RELATION_END } from '../schemas.ts';
import { ATTRIBUTION_SCHEMA } from '../trust/attribution.ts';
import { MERGE_PROVENANCE_SCHEMA } from '../trust/merge-provenance.ts';

const notFound = (id: string) =>
  Object.assign(new Error(`No entity with id "${id}"; find ids with GET /api/search?q=…`), {
    statusCode: 404,
  });

const ID_PARAM = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 400 } },
} as const;

const RELATION_OPTIONS = {
  evidence: {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    default: 5,
    description: 'most pieces of evidence per relation',
  },
  independent: {
    type: 'boolean',
    description: 'only relations supported by at least one independent (non-partisan) source',
  },
} as const;

/** Relations seen from the entity, each with its newest evidence and who says so. */
const RELATIONS = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      ...RELATION_END,
      properties: { type: 'object', additionalProperties: true },
      evidence: { type: 'array', items: EVIDENCE_SCHEMA },
      evidenceCount: { type: 'integer' },
      attribution: ATTRIBUTION_SCHEMA,
    },
  },
} as const;

export const entityRoutes: FastifyPluginAsync = async (app) => {
  app.get<{
    Params: { id: string };
    Querystring: { evidence?: number; independent?: boolean; perGroup?: number; articles?: number };
  }>(
    '/entities/:id',
    {
      schema: {
        params: ID_PARAM,
        querystring: {
          type: 'object',
          properties: {
            ...RELATION_OPTIONS,
            perGroup: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 5,
              description: 'relations shown per type and direction, most evidence first (page the rest)',
            },
            articles: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 50,
              description: 'newest mentioning articles listed (articleTotal counts them all)',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              entity: {
                ...ENTITY_SUMMARY,
                properties: {
                  ...ENTITY_SUMMARY.properties,
                  properties: { type: 'object', additionalProperties: true },
                },
              },
              articles: {
                type: 'array',
                items: {
                  ...ARTICLE_REF,
                  properties: { ...ARTICLE_REF.properties, mentions: { type: 'integer' } },
                },
              },
              articleTotal: { type: 'integer' },
              merges: MERGE_PROVENANCE_SCHEMA,
              relationGroups: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    type: { type: 'string' },
                    direction: { type: 'string' },
                    total: { type: 'integer' },
                    shown: { type: 'integer' },
                  },
                },
              },
              relations: RELATIONS,
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const options = {
        evidence: request.query.evidence ?? 5,
        independent: request.query.independent === true,
        perGroup: request.query.perGroup ?? 5,
        articles: request.query.articles ?? 50,
      };
      // A busy entity's view is hundreds of kilobytes and changes only with the store: kept as
      // the JSON text its response schema gives, until the next ingest or curation.
      return sendCached(app, reply, ['entity', id, options], async () => {
        const found = await readEntity(app, id, options);
        if (!found) throw notFound(id);
        return found;
      });
    },
  );

  app.get<{
    Params: { id: string };
    Querystring: {
      type: string;
      direction: 'in' | 'out';
      offset?: number;
      limit?: number;
      evidence?: number;
      independent?: boolean;
    };
  }>(
    '/entities/:id/relations',
    {
      schema: {
        params: ID_PARAM,
        querystring: {
          type: 'object',
          required: ['type', 'direction'],
          properties: {
            type: { type: 'string', enum: [...RELATION_TYPES] },
            direction: { type: 'string', enum: ['in', 'out'] },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            ...RELATION_OPTIONS,
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { total: { type: 'integer' }, offset: { type: 'integer' }, relations: RELATIONS },
          },
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const q = request.query;
      const page = await readRelationPage(app, id, {
        type: q.type,
        direction: q.direction,
        offset: q.offset ?? 0,
        limit: q.limit ?? 50,
        evidence: q.evidence ?? 5,
        independent: q.independent === true,
      });
      if (!page) throw notFound(id);
      return page;
    },
  );

  app.get<{ Params: { id: string }; Querystring: { depth?: number; types?: string; limit?: number } }>(
    '/entities/:id/neighbors',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            depth: { type: 'integer', minimum: 1, maximum: 3, default: 1 },
            types: {
              type: 'string',
              description: `relation types, comma-separated: ${RELATION_TYPES.join(', ')}`,
            },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
          },
        },
        response: { 200: GRAPH_SCHEMA },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { depth = 1, limit = 500 } = request.query;
      const types = parseList(request.query.types, RELATION_TYPES, 'types');
      // A hub's neighbourhood is asked for again and again and changes only with the store.
      return sendCached(app, reply, ['neighbours', id, depth, types, limit], async () => {
        const found = await readNeighbours(app, id, { depth: depth as 1 | 2 | 3, types, limit });
        if (!found) throw notFound(id);
        const graph = new GraphCollector();
        graph.addNode(found.center);
        for (const node of found.nodes) graph.addNode(node);
        for (const edge of found.edges) graph.addEdgeSummary(edge);
        return graph.toSerialized({ center: id, depth });
      });
    },
  );
};
