// The overview the viewer draws first: for each entity its key, name, type and article count; for
// each relation its type, weight (pieces of evidence) and first and last evidence dates. No
// evidence, article ids or per-article dates: those come on demand (GET /api/graph/evidence).
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../read-query.ts';

export interface OverviewFilters {
  types: string[] | null;
  relations: string[] | null;
  since: string | null;
  until: string | null;
  article: string | null;
  /** Only relations that at least one independent (non-partisan) source supports. */
  independent: boolean;
}

export interface OverviewNode {
  key: string;
  name: string;
  type: string;
  articleCount: number;
  year: number | null;
}

export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Sources that are not partisan (who says so); null on relations written before attribution. */
  independentSources: number | null;
}

export interface OverviewRows {
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  truncated: boolean;
}

// Best-connected first, so a cap keeps the entities most articles cite. Each entity comes with
// its outgoing relations as lists (one row per entity streams far faster than one per relation).
// Some evidence dated on or after since ⇔ the last date is; on or before until ⇔ the first date
// is (firstDate and lastDate skip undated evidence), so the stored bounds answer the span exactly.
// A relation cites the article when it has that article's :Evidence node (one unique-index seek).
const OVERVIEW = `
MATCH (n:Entity)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:MENTIONS]->(n) })
  AND ($since IS NULL AND $until IS NULL OR EXISTS {
        MATCH (a:Article)-[:MENTIONS]->(n)
        WHERE ($since IS NULL OR a.date >= $since) AND ($until IS NULL OR a.date <= $until) })
WITH n ORDER BY coalesce(n.articleCount, 0) DESC, n.key LIMIT $limit
RETURN n.key AS key, coalesce(n.name, n.key) AS name, n.type AS type,
       coalesce(n.articleCount, 0) AS articleCount, n.year AS year,
       [(n)-[r]->(t:Entity)
        WHERE ($relations IS NULL OR type(r) IN $relations)
          AND ($article IS NULL OR EXISTS { MATCH (:Evidence {id: r.id + '|' + $article}) })
          AND ($since IS NULL OR r.lastDate >= $since)
          AND ($until IS NULL OR r.firstDate <= $until)
          AND (NOT $independent OR coalesce(r.independentSourceCount, r.articleCount, 1) >= 1)
        | [elementId(r), t.key, type(r), coalesce(r.evidenceCount, 0), r.firstDate, r.lastDate, r.independentSourceCount]] AS out`;

type OutRow = [string, string, string, number, string | null, string | null, number | null];

export async function readOverview(
  app: FastifyInstance,
  filters: OverviewFilters,
  limit: number,
): Promise<OverviewRows> {
  const rows = await readQuery(app, OVERVIEW, { ...filters, limit: limit + 1 }, 30_000);
  const kept = rows.slice(0, limit);
  const nodes = kept.map((r) => ({
    key: r.get('key') as string,
    name: r.get('name') as string,
    type: r.get('type') as string,
    articleCount: Number(r.get('articleCount') ?? 0),
    year: r.get('year') === null ? null : Number(r.get('year')),
  }));
  // Relations to entities past the cap are dropped with them.
  const shown = new Set(nodes.map((n) => n.key));
  const edges: OverviewEdge[] = [];
  for (const r of kept) {
    const source = r.get('key') as string;
    for (const [id, target, type, weight, firstDate, lastDate, independent] of r.get('out') as OutRow[])
      if (shown.has(target))
        edges.push({
          id,
          source,
          target,
          type,
          weight: Number(weight),
          firstDate,
          lastDate,
          independentSources: independent === null ? null : Number(independent),
        });
  }
  return { nodes, edges, truncated: rows.length > limit };
}
