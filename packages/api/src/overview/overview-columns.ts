// The compact overview (GET /api/graph, the default format): one array per field instead of one
// object per node or edge, entity and relation types as indexes into lists, edges naming their
// ends by node index, element ids as a shared prefix and ascending deltas, dates as days since
// 1970 (the last as days after the first). About 30 bytes a relation; the viewer expands it
// into graphology's format (see the viewer's overview-columns.ts, which mirrors this).
import type { OverviewRows } from './overview-query.ts';

export interface OverviewColumns {
  format: 'columns';
  attributes: Record<string, unknown>;
  types: string[];
  relations: string[];
  nodes: { key: string[]; label: string[]; type: number[]; articleCount: number[]; year: (number | null)[] };
  edges: {
    /** Element ids are idPrefix + a number; idDelta holds each number minus the previous one. */
    idPrefix: string;
    idDelta: number[];
    /** Used instead of idPrefix/idDelta when ids are not prefix + number. */
    id?: string[];
    source: number[];
    target: number[];
    type: number[];
    weight: number[];
    firstDay: (number | null)[];
    lastDayAfterFirst: (number | null)[];
  };
}

const DAY = 86_400_000;
const dayOf = (date: string | null): number | null => {
  const t = date ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(t) ? null : Math.round(t / DAY);
};

function indexer(): { list: string[]; of(v: string): number } {
  const list: string[] = [];
  const at = new Map<string, number>();
  return {
    list,
    of(v) {
      let i = at.get(v);
      if (i === undefined) {
        i = list.length;
        list.push(v);
        at.set(v, i);
      }
      return i;
    },
  };
}

export function overviewColumns(rows: OverviewRows, attributes: Record<string, unknown>): OverviewColumns {
  const types = indexer();
  const relations = indexer();
  const nodeIndex = new Map(rows.nodes.map((n, i) => [n.key, i]));
  const parsed = rows.edges.map((e) => /^(.*\D)(\d+)$/.exec(e.id));
  const prefix = parsed[0]?.[1] ?? '';
  const numeric = parsed.every((m) => m !== null && m[1] === prefix && (m[2] ?? '').length < 16);
  const order = rows.edges.map((_e, i) => i);
  const num = (i: number) => Number(parsed[i]?.[2]);
  if (numeric) order.sort((a, b) => num(a) - num(b));
  const edges: OverviewColumns['edges'] = {
    idPrefix: numeric ? prefix : '',
    idDelta: [],
    source: [],
    target: [],
    type: [],
    weight: [],
    firstDay: [],
    lastDayAfterFirst: [],
  };
  if (!numeric) edges.id = [];
  let previous = 0;
  for (const i of order) {
    const e = rows.edges[i];
    if (!e) continue;
    if (numeric) {
      edges.idDelta.push(num(i) - previous);
      previous = num(i);
    } else edges.id?.push(e.id);
    edges.source.push(nodeIndex.get(e.source) ?? -1);
    edges.target.push(nodeIndex.get(e.target) ?? -1);
    edges.type.push(relations.of(e.type));
    edges.weight.push(e.weight);
    const first = dayOf(e.firstDate);
    const last = dayOf(e.lastDate);
    edges.firstDay.push(first);
    edges.lastDayAfterFirst.push(first === null || last === null ? null : last - first);
  }
  return {
    format: 'columns',
    attributes: { ...attributes, nodeCount: rows.nodes.length, edgeCount: rows.edges.length },
    types: types.list,
    relations: relations.list,
    nodes: {
      key: rows.nodes.map((n) => n.key),
      label: rows.nodes.map((n) => n.name),
      type: rows.nodes.map((n) => types.of(n.type)),
      articleCount: rows.nodes.map((n) => n.articleCount),
      year: rows.nodes.map((n) => n.year),
    },
    edges,
  };
}
