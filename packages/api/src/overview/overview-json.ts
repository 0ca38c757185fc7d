// The overview in graphology's serialised format (GET /api/graph?format=graphology), with only
// the attributes the overview draws; absent values are left out rather than sent as null.
import { type RelationType, SYMMETRIC_RELATION_TYPES } from '@caucus/graph';
import type { SerializedGraph } from '../graph-json/graphology-json.ts';
import type { OverviewRows } from './overview-query.ts';

export function overviewJson(
  { nodes, edges }: OverviewRows,
  attributes: Record<string, unknown>,
): SerializedGraph {
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes,
    nodes: nodes.map((n) => ({
      key: n.key,
      attributes: {
        label: n.name,
        type: n.type,
        articleCount: n.articleCount,
        ...(n.year === null ? {} : { year: n.year }),
      },
    })),
    edges: edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      ...(SYMMETRIC_RELATION_TYPES.has(e.type as RelationType) ? { undirected: true } : {}),
      attributes: {
        type: e.type,
        weight: e.weight,
        ...(e.firstDate ? { firstDate: e.firstDate } : {}),
        ...(e.lastDate ? { lastDate: e.lastDate } : {}),
        ...(e.independentSources === null ? {} : { independentSourceCount: e.independentSources }),
      },
    })),
  };
}
