// One entity (GET /api/entities/:id): its properties, the newest articles that mention it, why its
// names are one entity, and its relations grouped by type and direction, the strongest
// `$perGroup` of each (most evidence, then newest) with every group's total, so a busy entity's
// view stays small however many relations it has; the rest of a group is paged with
// readRelationPage. Each relation shown carries its newest `$evidence` pieces, their count, and
// who says so (the edge's voice tally).
import type { FastifyInstance } from 'fastify';
import type { ArticleMeta } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import { readQuery } from '../read-query.ts';
import { type MentionRecord, mergeProvenance } from '../trust/merge-provenance.ts';
import { type EvidenceFields, evidenceFieldsOf, readEvidenceFields } from './edge-detail.ts';
import { ENTITY_RELATIONS, presentProperties } from './edge-summary.ts';
import { citedArticlesOf, summaryOf } from './fragments.ts';

/** Which way edge `r` points, seen from entity `n`. */
const DIRECTION = `CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END`;

/** Edges `r` of `n` to entities `o` (the independent-support filter applied), in page order. */
const RANKED_RELATIONS = `
  MATCH (n)-[r:${ENTITY_RELATIONS}]-(o:Entity)
  WHERE NOT $independent OR coalesce(r.independentSourceCount, r.articleCount, 1) >= 1
  WITH r, o, type(r) AS type, ${DIRECTION} AS direction
  ORDER BY type, direction, coalesce(r.evidenceCount, 0) DESC, coalesce(r.lastDate, '') DESC, o.key`;

/** One relation as the view sends it, for `r`, `o`, `type` and `direction` in scope. */
const RELATION_ROW = `{type: type, direction: direction, other: ${summaryOf('o')},
  properties: r {.title, .seat, .reelected, .stance, .confidence, .firstDate, .lastDate},
  evidenceCount: r.evidenceCount, ${evidenceFieldsOf('r')}, articles: ${citedArticlesOf('r')}}`;

/** `relations`: the rows of the [r, o] pairs in list `picks`; only they read evidence. */
const rowsOf = (picks: string) => `CALL (n, ${picks}) {
  UNWIND ${picks} AS pick
  WITH n, pick[0] AS r, pick[1] AS o
  WITH r, o, type(r) AS type, ${DIRECTION} AS direction
  RETURN collect(${RELATION_ROW}) AS relations
}`;

export const ENTITY = `
MATCH (n:Entity {key: $id})
CALL (n) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH a, m ORDER BY a.date DESC, a.id
  RETURN collect(a {.id, .title, .date, .source, .url, mentions: m.count})[..$articles] AS articles,
         count(a) AS articleTotal,
         collect({article: a {.id, .title, .date, .source, .url}, resolvedBy: m.resolvedBy, provenance: m.provenance}) AS mentions
}
CALL (n) {
  ${RANKED_RELATIONS}
  WITH type, direction, collect([r, o]) AS ranked
  RETURN collect({type: type, direction: direction, total: size(ranked)}) AS groups,
         reduce(all = [], group IN collect(ranked[..$perGroup]) | all + group) AS picks
}
${rowsOf('picks')}
RETURN n, articles, articleTotal, mentions, groups, relations`;

/** One page of a relation group (GET /api/entities/:id/relations). */
export const RELATION_PAGE = `
MATCH (n:Entity {key: $id})
CALL (n) {
  ${RANKED_RELATIONS}
  WITH r, o, type, direction WHERE type = $type AND direction = $direction
  WITH collect([r, o]) AS ranked
  RETURN size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
}
${rowsOf('page')}
RETURN total, relations`;

interface RelationRow extends EvidenceFields {
  type: string;
  direction: 'out' | 'in';
  other: Record<string, unknown>;
  properties: Record<string, unknown>;
  evidenceCount: unknown;
  articles: ArticleMeta[];
}

const relationOf = (r: RelationRow) => ({
  type: r.type,
  direction: r.direction,
  other: toJson(r.other),
  properties: presentProperties(toJson(r.properties) as Record<string, unknown>),
  ...readEvidenceFields(r, r.articles),
  evidenceCount: toJson(r.evidenceCount),
});

export interface EntityViewOptions {
  evidence: number;
  independent: boolean;
  /** Relations shown per group (type and direction). */
  perGroup: number;
  /** Newest mentioning articles listed. */
  articles: number;
}

export async function readEntity(app: FastifyInstance, id: string, options: EntityViewOptions) {
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
  const groups = toJson(row.get('groups')) as { type: string; direction: string; total: number }[];
  const relations = (row.get('relations') as RelationRow[]).map(relationOf);
  return {
    entity: { key, type, name, aliases: aliases ?? [], articleCount: articleCount ?? 0, properties },
    merges: mergeProvenance(mentions, (scope as string | null) ?? null),
    articles: (toJson(row.get('articles')) as Record<string, unknown>[]).sort((a, b) =>
      String(a.date).localeCompare(String(b.date)),
    ),
    articleTotal: toJson(row.get('articleTotal')) as number,
    relationGroups: groups.map((g) => ({
      ...g,
      shown: relations.filter((r) => r.type === g.type && r.direction === g.direction).length,
    })),
    relations,
  };
}

export async function readRelationPage(
  app: FastifyInstance,
  id: string,
  page: {
    type: string;
    direction: 'in' | 'out';
    offset: number;
    limit: number;
    evidence: number;
    independent: boolean;
  },
) {
  const [row] = await readQuery(app, RELATION_PAGE, { id, ...page });
  if (!row) return null;
  return {
    total: toJson(row.get('total')) as number,
    offset: page.offset,
    relations: (row.get('relations') as RelationRow[]).map(relationOf),
  };
}
