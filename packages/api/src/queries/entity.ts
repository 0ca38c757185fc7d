// One entity (GET /api/entities/:id): its properties, the articles that mention it with how each
// name was tied to it, and its relations, each with the newest pieces of evidence (hubs are cited
// by hundreds of articles: only the newest `$evidence` Evidence nodes are read), their count, and
// who says so (the edge's voice tally).
import type { FastifyInstance } from 'fastify';
import type { ArticleMeta } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import { type MentionRecord, mergeProvenance } from '../trust/merge-provenance.ts';
import { type EvidenceFields, evidenceFieldsOf, readEvidenceFields } from './edge-detail.ts';
import { ENTITY_RELATIONS, presentProperties } from './edge-summary.ts';
import { citedArticlesOf, summaryOf } from './fragments.ts';

export const ENTITY = `
MATCH (n:Entity {key: $id})
CALL (n) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
  RETURN collect(a {.id, .title, .date, .source, .url, mentions: m.count}) AS articles,
         collect({article: a {.id, .title, .date, .source, .url}, resolvedBy: m.resolvedBy, provenance: m.provenance}) AS mentions
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:${ENTITY_RELATIONS}]-(o:Entity)
  WHERE NOT $independent OR coalesce(r.independentSourceCount, r.articleCount, 1) >= 1
  RETURN collect({type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
                  other: ${summaryOf('o')}, properties: r {.title, .seat, .reelected, .stance, .confidence, .firstDate, .lastDate},
                  evidenceCount: r.evidenceCount, ${evidenceFieldsOf('r')},
                  articles: ${citedArticlesOf('r')}}) AS relations
}
RETURN n, articles, mentions, [x IN relations WHERE x.other IS NOT NULL] AS relations`;

interface RelationRow extends EvidenceFields {
  type: string;
  direction: 'out' | 'in';
  other: Record<string, unknown>;
  properties: Record<string, unknown>;
  evidenceCount: unknown;
  articles: ArticleMeta[];
}

export async function readEntity(
  app: FastifyInstance,
  id: string,
  options: { evidence: number; independent: boolean },
) {
  const [row] = await readQuery(app, ENTITY, { id, ...options });
  if (!row) return null;
  const n = toJson(row.get('n')) as { properties: Record<string, unknown> };
  const {
    key,
    type,
    name,
    aliases,
    articleCount,
    nameKeys: _k,
    aliasText: _a,
    scope,
    ...properties
  } = n.properties;
  const mentions = (row.get('mentions') as MentionRecord[]).filter((m) => m.article);
  return {
    entity: { key, type, name, aliases: aliases ?? [], articleCount: articleCount ?? 0, properties },
    merges: mergeProvenance(mentions, (scope as string | null) ?? null),
    articles: (toJson(row.get('articles')) as Record<string, unknown>[]).sort((a, b) =>
      String(a.date).localeCompare(String(b.date)),
    ),
    relations: (row.get('relations') as RelationRow[]).map((r) => ({
      type: r.type,
      direction: r.direction,
      other: toJson(r.other),
      properties: presentProperties(toJson(r.properties) as Record<string, unknown>),
      ...readEvidenceFields(r, r.articles),
      evidenceCount: toJson(r.evidenceCount),
    })),
  };
}
