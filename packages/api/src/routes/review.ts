// GET /api/review: what deserves a look before anyone publishes from the graph — merges resting
// on weak rules, people who may be namesakes, and relations resting on one low-confidence sentence.
import type { FastifyPluginAsync } from 'fastify';
import { parseEvidence } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { oldestArticlesOf, oldestPiecesOf } from '../queries/fragments.ts';
import { readQuery } from '../read-query.ts';
import { ENTITY_SUMMARY, EVIDENCE_SCHEMA } from '../schemas.ts';
import { type MentionRecord, mergeProvenance } from '../trust/merge-provenance.ts';

const REF = {
  type: 'object',
  properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } },
} as const;

export const reviewRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { limit?: number; below?: number } }>(
    '/review',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
            below: {
              type: 'number',
              minimum: 0,
              maximum: 1,
              default: 0.75,
              description: 'merges and sentences less confident than this are listed',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              merges: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    entity: ENTITY_SUMMARY,
                    confidence: { type: 'number' },
                    weakest: { type: 'string', description: 'the weakest rule that joined its names' },
                    names: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
              namesakes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    kind: { type: 'string', enum: ['kept-apart', 'conflicting-ties'] },
                    entity: REF,
                    other: { ...REF, type: ['object', 'null'] },
                    unions: { type: 'array', items: REF },
                    reason: { type: 'string' },
                  },
                },
              },
              relations: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    type: { type: 'string' },
                    source: REF,
                    target: REF,
                    confidence: { type: 'number' },
                    evidence: EVIDENCE_SCHEMA,
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const { limit = 50, below = 0.75 } = request.query;
      // Merges: entities named in more than one article or by more than one name.
      const merged = await readQuery(
        app,
        `MATCH (a:Article)-[m:MENTIONS]->(n:Entity)
         WITH n, collect({article: a {.id, .title, .date, .source}, resolvedBy: m.resolvedBy, provenance: m.provenance}) AS mentions
         WHERE size(mentions) > 1 OR size(coalesce(n.aliases, [])) > 0
         RETURN n {.key, .type, .name, .scope, aliases: coalesce(n.aliases, []), articleCount: coalesce(n.articleCount, 0)} AS n, mentions
         LIMIT 20000`,
      );
      const merges = merged
        .map((r) => {
          const n = toJson(r.get('n')) as { key: string; scope: string | null; aliases: string[] };
          const p = mergeProvenance(r.get('mentions') as MentionRecord[], n.scope ?? null);
          const rules = [
            ...(p.articles.length > 1 ? p.articles : []),
            ...p.articles.flatMap((a) => a.names.filter((x) => x.via !== 'name')),
          ];
          const weakest = rules.reduce<{ rule: string; confidence: number } | null>(
            (w, x) => (w === null || x.confidence < w.confidence ? x : w),
            null,
          );
          const { scope: _s, ...entity } = n;
          return {
            entity,
            confidence: p.confidence,
            weakest: weakest?.rule ?? '',
            names: p.names.map((x) => x.name),
          };
        })
        .filter((m) => m.confidence < below)
        .sort((a, b) => a.confidence - b.confidence || a.entity.key.localeCompare(b.entity.key))
        .slice(0, limit);

      const apart = await readQuery(
        app,
        `MATCH (:Article)-[m:MENTIONS]->(p:Person) WHERE m.resolvedBy STARTS WITH 'namesake:'
         WITH DISTINCT p, substring(m.resolvedBy, 9) AS otherKey
         OPTIONAL MATCH (o:Person {key: otherKey})
         RETURN p {.key, .name, .type} AS entity, o {.key, .name, .type} AS other,
                COLLECT { MATCH (p)-[:MEMBER_OF|HOLDS_POSITION]->(u:Union) RETURN DISTINCT u {.key, .name, .type} } AS unions
         LIMIT $limit`,
        { limit },
      );
      const fused = await readQuery(
        app,
        `MATCH (u1:Union)<-[:MEMBER_OF|HOLDS_POSITION]-(p:Person)-[:MEMBER_OF|HOLDS_POSITION]->(u2:Union)
         WHERE u1.key < u2.key AND NOT (u1)-[:PART_OF|MERGED_INTO*1..3]-(u2)
           AND NOT EXISTS { (:Article)-[:MENTIONS {resolvedBy: 'curation:merge'}]->(p) }
           AND NOT EXISTS { (u1)-[:PART_OF|MERGED_INTO*1..3]-(:Union)-[:PART_OF|MERGED_INTO*1..3]-(u2) }
         RETURN p {.key, .name, .type} AS entity, collect(DISTINCT u1 {.key, .name, .type}) + collect(DISTINCT u2 {.key, .name, .type}) AS unions
         LIMIT $limit`,
        { limit },
      );
      const namesakes = [
        ...apart.map((r) => ({
          kind: 'kept-apart',
          entity: r.get('entity'),
          other: r.get('other'),
          unions: r.get('unions'),
          reason:
            'same full name as another person whose union ties do not overlap: kept apart; merge them if they are one',
        })),
        ...fused.map((r) => ({
          kind: 'conflicting-ties',
          entity: r.get('entity'),
          other: null,
          unions: r.get('unions'),
          reason:
            'one person tied to unions that are not sections of one another: split if these are two people',
        })),
      ];

      const weak = await readQuery(
        app,
        `MATCH (s:Entity)-[r]->(t:Entity)
         WHERE r.evidenceCount = 1 AND r.confidence < $below
         WITH s, r, t ORDER BY r.confidence, s.key, t.key LIMIT $limit
         RETURN type(r) AS type, s {.key, .name, .type} AS source, t {.key, .name, .type} AS target,
                r.confidence AS confidence, ${oldestPiecesOf('r', '1')} AS evidence,
                ${oldestArticlesOf('r', '1', '{.id, .title, .date, .source}')} AS articles`,
        { below, limit },
      );
      const relations = weak.map((r) => ({
        type: r.get('type'),
        source: r.get('source'),
        target: r.get('target'),
        confidence: toJson(r.get('confidence')),
        evidence: parseEvidence(r.get('evidence'), r.get('articles'))[0] ?? null,
      }));
      return { merges, namesakes, relations };
    },
  );
};
