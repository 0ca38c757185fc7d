// GET /api/entities/:id — an entity with its articles and its relations, each with evidence;
// GET /api/entities/:id/neighbors — its ego network.
import { RELATION_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { GraphCollector } from '../graph-json/graphology-json.ts';
import { readEntity } from '../queries/entity.ts';
import { readNeighbours } from '../queries/neighbours.ts';
import { parseList } from '../query-lists.ts';
import { ARTICLE_REF, ENTITY_SUMMARY, EVIDENCE_SCHEMA, GRAPH_SCHEMA, RELATION_END } from '../schemas.ts';
import { ATTRIBUTION_SCHEMA } from '../trust/attribution.ts';
import { MERGE_PROVENANCE_SCHEMA } from '../trust/merge-provenance.ts';

const notFound = (id: string) =>
  Object.assign(new Error(`No entity with id "${id}"; find ids with GET /api/search?q=…`), {
    statusCode: 404,
  });

export const entityRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { id: string }; Querystring: { evidence?: number; independent?: boolean } }>(
    '/entities/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 400 } } },
        querystring: {
          type: 'object',
          properties: {
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
              merges: MERGE_PROVENANCE_SCHEMA,
              relations: {
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
              },
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
      };
      // A busy entity's view is hundreds of kilobytes and changes only with the store: kept as
      // the JSON text its response schema gives, until the next ingest or curation.
      const json = await app.readCache.get(app, JSON.stringify(['entity', id, options]), async () => {
        const found = await readEntity(app, id, options);
        if (!found) throw notFound(id);
        return reply.serialize(found) as string;
      });
      return reply.type('application/json; charset=utf-8').send(json);
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
    async (request) => {
      const { id } = request.params;
      const { depth = 1, limit = 500 } = request.query;
      const types = parseList(request.query.types, RELATION_TYPES, 'types');
      const found = await readNeighbours(app, id, { depth: depth as 1 | 2 | 3, types, limit });
      if (!found) throw notFound(id);
      const graph = new GraphCollector();
      graph.addNode(found.center);
      for (const node of found.nodes) graph.addNode(node);
      for (const edge of found.edges) graph.addEdgeSummary(edge);
      return graph.toSerialized({ center: id, depth });
    },
  );
};
