// GET /api/entities/:id — an entity with its articles and its relations, each with evidence;
// GET /api/entities/:id/neighbors — its ego network.
import { RELATION_TYPES } from '@caucus/graph';
import type { FastifyPluginAsync } from 'fastify';
import { parseEvidence } from '../evidence.ts';
import { GraphCollector } from '../graph-json/graphology-json.ts';
import { toJson } from '../graph-json/to-json.ts';
import { parseList } from '../query-lists.ts';
import { readQuery } from '../read-query.ts';
import { ARTICLE_REF, ENTITY_SUMMARY, EVIDENCE_SCHEMA, GRAPH_SCHEMA, RELATION_END } from '../schemas.ts';
import { ATTRIBUTION_SCHEMA, attributionOf } from '../trust/attribution.ts';
import { MERGE_PROVENANCE_SCHEMA, type MentionRecord, mergeProvenance } from '../trust/merge-provenance.ts';

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
    async (request) => {
      const { id } = request.params;
      const [row] = await readQuery(
        app,
        `MATCH (n:Entity {key: $id})
         OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
         WITH n, collect(a {.id, .title, .date, .source, .url, mentions: m.count}) AS articles,
              collect({article: a {.id, .title, .date, .source, .url}, resolvedBy: m.resolvedBy, provenance: m.provenance}) AS mentions
         OPTIONAL MATCH (n)-[r]-(o:Entity)
         WHERE NOT $independent OR coalesce(r.independentSourceCount, r.articleCount, 1) >= 1
         WITH n, articles, mentions, collect({type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
              other: o {.key, .type, .name, aliases: coalesce(o.aliases, []), articleCount: coalesce(o.articleCount, 0)},
              properties: r {.title, .seat, .reelected, .stance, .confidence, .articleDates},
              evidence: r.evidence[-$evidence..], evidenceCount: size(r.evidence),
              voices: r.evidenceVoices, partisan: r.evidencePartisan, articleIds: r.articleIds,
              articles: COLLECT { UNWIND r.articleIds[-$evidence..] AS aid MATCH (a:Article {id: aid}) RETURN DISTINCT a {.id, .title, .date, .source, .url} }}) AS relations
         RETURN n, articles, mentions, [x IN relations WHERE x.type IS NOT NULL] AS relations`,
        { id, evidence: request.query.evidence ?? 5, independent: request.query.independent === true },
      );
      if (!row) throw notFound(id);
      const n = toJson(row.get('n')) as { properties: Record<string, unknown> };
      const p = n.properties;
      const { key, type, name, aliases, articleCount, nameKeys: _k, aliasText: _a, scope, ...properties } = p;
      const mentions = (row.get('mentions') as MentionRecord[]).filter((m) => m.article);
      return {
        entity: { key, type, name, aliases: aliases ?? [], articleCount: articleCount ?? 0, properties },
        merges: mergeProvenance(mentions, (scope as string | null) ?? null),
        articles: (row.get('articles') as Record<string, unknown>[]).sort((a, b) =>
          String(a.date).localeCompare(String(b.date)),
        ),
        relations: (row.get('relations') as Record<string, unknown>[]).map((r) => ({
          type: r.type,
          direction: r.direction,
          other: r.other,
          properties: Object.fromEntries(
            Object.entries((r.properties as object) ?? {}).filter(([, v]) => v !== null),
          ),
          // Hubs are cited by hundreds of articles: the newest pieces, and how many there are.
          evidence: parseEvidence(r.evidence, r.articles as never),
          evidenceCount: r.evidenceCount,
          attribution: attributionOf(r.voices, r.partisan, r.articleIds),
        })),
      };
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
      // The hop count is a validated integer from {1,2,3}, chosen among fixed query texts.
      const hops = ({ 1: '1..1', 2: '1..2', 3: '1..3' } as const)[depth as 1 | 2 | 3];
      const records = await readQuery(
        app,
        `MATCH (n:Entity {key: $id})
         OPTIONAL MATCH p = (n)-[rels*${hops}]-(m:Entity)
         WHERE all(r IN rels WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types))
         WITH n, p LIMIT $limit
         RETURN n, collect(p) AS paths`,
        { id, types, limit },
      );
      const row = records[0];
      if (!row) throw notFound(id);
      const graph = new GraphCollector();
      graph.addNode(row.get('n'));
      graph.collect(row.get('paths'));
      return graph.toSerialized({ center: id, depth });
    },
  );
};
