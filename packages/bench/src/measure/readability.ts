// Readability of the settled first view, from sigma's own display data in the page: the share of
// visible nodes whose disc overlaps another's, and the edge-length ratio (mean drawn length of the
// visible edges over the mean distance between random pairs of visible nodes; lower means related
// entities sit together). Runs inside the page, so it must stay self-contained.
import type { Page } from 'playwright-core';

export interface Readability {
  visibleNodes: number;
  visibleEdges: number;
  overlapShare: number;
  edgeLengthRatio: number;
}

export function readabilityInPage(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    interface Display {
      x: number;
      y: number;
      size: number;
      hidden?: boolean;
    }
    interface Caucus {
      graph: { nodes(): string[]; edges(): string[]; extremities(e: string): [string, string] };
      renderer: {
        getNodeDisplayData(n: string): Display | undefined;
        getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        scaleSize(size: number): number;
      };
    }
    const { graph, renderer } = (window as unknown as { caucus: Caucus }).caucus;
    const discs = new Map<string, { x: number; y: number; r: number }>();
    for (const n of graph.nodes()) {
      const d = renderer.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport(d);
      discs.set(n, { x: p.x, y: p.y, r: renderer.scaleSize(d.size) });
    }
    const list = [...discs.values()];
    // Overlaps through a grid of cells as wide as the largest disc.
    const cell = Math.max(1, 2 * Math.max(0, ...list.map((d) => d.r)));
    const grid = new Map<string, number[]>();
    list.forEach((d, i) => {
      const k = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      grid.set(k, [...(grid.get(k) ?? []), i]);
    });
    const overlapping = new Set<number>();
    list.forEach((d, i) => {
      const [cx, cy] = [Math.floor(d.x / cell), Math.floor(d.y / cell)];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const o = list[j] as { x: number; y: number; r: number };
            // Touching is not overlapping: half a pixel of tolerance for rounding.
            if (Math.hypot(d.x - o.x, d.y - o.y) < d.r + o.r - 0.5) {
              overlapping.add(i);
              overlapping.add(j);
            }
          }
    });
    let edgeSum = 0;
    let edges = 0;
    for (const e of graph.edges()) {
      const shown = renderer.getEdgeDisplayData(e);
      if (!shown || shown.hidden) continue;
      const [s, t] = graph.extremities(e);
      const a = discs.get(s);
      const b = discs.get(t);
      if (!a || !b) continue;
      edgeSum += Math.hypot(a.x - b.x, a.y - b.y);
      edges++;
    }
    // Random pairs from a fixed generator, so the figure does not move between runs.
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    let pairSum = 0;
    const pairs = Math.min(20000, list.length * 20);
    for (let i = 0; i < pairs; i++) {
      const a = list[Math.floor(rnd() * list.length)] as { x: number; y: number };
      const b = list[Math.floor(rnd() * list.length)] as { x: number; y: number };
      pairSum += Math.hypot(a.x - b.x, a.y - b.y);
    }
    return {
      visibleNodes: list.length,
      visibleEdges: edges,
      overlapShare: list.length ? overlapping.size / list.length : 0,
      edgeLengthRatio: edges && pairSum ? edgeSum / edges / (pairSum / pairs) : 0,
    };
  });
}
