// The whole overview as the API sent it, kept apart from the drawn graph: the viewer draws a
// scope of it (everything for a small graph, the first view for a large one) and widens on demand.
import type { SerializedGraph } from '../api-client.ts';
import { chooseFirstView, type FirstView } from './first-view.ts';
import { createGraph, mergeInto } from './graph-store.ts';

/** Above this many related entities, the viewer opens on a first view instead of everything. */
export const WHOLE_GRAPH_LIMIT = 400;
/** How many entities the first view shows; each widening doubles it. */
export const FIRST_VIEW_SIZE = 220;

export interface Scope {
  /** null: every related entity. */
  budget: number | null;
  isolated: boolean;
  /** Entities asked for by name (search, links) on top of the scope. */
  extra: Set<string>;
}

export interface ScopedView {
  data: SerializedGraph;
  first: FirstView | null;
  shown: number;
  related: number;
  isolated: number;
  total: number;
}

export class Overview {
  readonly full = createGraph();
  readonly isolated: string[];

  constructor(readonly data: SerializedGraph) {
    mergeInto(this.full, data);
    this.isolated = this.full.filterNodes((n) => this.full.degree(n) === 0);
  }

  get large(): boolean {
    return this.full.order - this.isolated.length > WHOLE_GRAPH_LIMIT;
  }

  initialScope(): Scope {
    return { budget: this.large ? FIRST_VIEW_SIZE : null, isolated: false, extra: new Set() };
  }

  view(scope: Scope): ScopedView {
    const related = this.full.order - this.isolated.length;
    let first: FirstView | null = null;
    let keys: Set<string>;
    if (scope.budget !== null && scope.budget < related) {
      first = chooseFirstView(this.full, scope.budget);
      keys = first.keys;
    } else keys = new Set(this.full.filterNodes((n) => this.full.degree(n) > 0));
    if (scope.isolated) for (const k of this.isolated) keys.add(k);
    for (const k of scope.extra) if (this.full.hasNode(k)) keys.add(k);
    const data: SerializedGraph = {
      ...this.data,
      nodes: this.data.nodes.filter((n) => keys.has(n.key)),
      edges: this.data.edges.filter((e) => keys.has(e.source) && keys.has(e.target)),
    };
    return {
      data,
      first,
      shown: data.nodes.length,
      related,
      isolated: this.isolated.length,
      total: this.full.order,
    };
  }

  /** An entity and its strongest overview neighbours, to add around it when it is asked for. */
  around(key: string, limit = 12): string[] {
    if (!this.full.hasNode(key)) return [];
    const weights = new Map<string, number>();
    this.full.forEachEdge(key, (_e, a, s, t) => {
      const other = s === key ? t : s;
      weights.set(other, (weights.get(other) ?? 0) + Number(a.weight ?? 1));
    });
    return [
      key,
      ...[...weights]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([k]) => k),
    ];
  }
}
