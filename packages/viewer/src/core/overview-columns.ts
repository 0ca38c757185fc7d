// The compact overview (GET /api/graph) back into graphology's serialised format, which the
// viewer merges as it merges every other graph. Mirrors the API's overview-columns.ts.
import type { OverviewColumns, SerializedGraph } from '../api-client.ts';
import { UNDIRECTED } from './palette.ts';

const DAY = 86_400_000;
const isoDay = (day: number | null | undefined): string | undefined =>
  day === null || day === undefined ? undefined : new Date(day * DAY).toISOString().slice(0, 10);

export function expandColumns(c: OverviewColumns): SerializedGraph {
  const { key, label, type, articleCount, year } = c.nodes;
  const nodes = key.map((k, i) => ({
    key: k,
    attributes: {
      label: label[i],
      type: c.types[type[i] ?? -1],
      articleCount: articleCount[i],
      ...(year[i] === null || year[i] === undefined ? {} : { year: year[i] }),
    },
  }));
  const e = c.edges;
  let id = 0;
  const edges = e.source.map((s, i) => {
    id += e.idDelta[i] ?? 0;
    const relType = c.relations[e.type[i] ?? -1] ?? 'RELATED';
    const first = e.firstDay[i];
    const after = e.lastDayAfterFirst[i];
    const firstDate = isoDay(first);
    const lastDate = isoDay(
      first === null || first === undefined || after === null || after === undefined ? null : first + after,
    );
    return {
      key: e.id?.[i] ?? `${e.idPrefix}${id}`,
      source: key[s] as string,
      target: key[e.target[i] ?? -1] as string,
      ...(UNDIRECTED.has(relType) ? { undirected: true } : {}),
      attributes: {
        type: relType,
        weight: e.weight[i],
        ...(firstDate ? { firstDate } : {}),
        ...(lastDate ? { lastDate } : {}),
      },
    };
  });
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: c.attributes,
    nodes,
    edges,
  };
}
