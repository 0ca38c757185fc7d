// Node discs in a bounded pixel range: the layout gives each node a radius in units (1 to
// MAX_RADIUS, by importance) and leaves room for it; once sigma has framed the drawing, units
// become pixels at the scale sigma drew, capped by what the stage affords per node, so the discs
// fill the room the layout left without crossing into a neighbour's.
import type Sigma from 'sigma';
import type { CaucusGraph } from './graph-store.ts';
import { MAX_RADIUS } from './settle-layout.ts';

export const MIN_PX = 2;

/** The largest radius a node may take on this stage with this many nodes. */
export function maxPixels(width: number, height: number, count: number): number {
  return Math.min(18, Math.max(6, 0.3 * Math.sqrt((width * height) / Math.max(1, count))));
}

/** Pixels per layout unit as sigma draws the graph now (camera at rest). */
export function pixelsPerUnit(renderer: Sigma, graph: CaucusGraph): number {
  let [lo, hi] = [null as string | null, null as string | null];
  graph.forEachNode((n, a) => {
    if (lo === null || a.x < graph.getNodeAttribute(lo, 'x')) lo = n;
    if (hi === null || a.x > graph.getNodeAttribute(hi, 'x')) hi = n;
  });
  if (lo === null || hi === null || lo === hi) return 1;
  const [a, b] = [graph.getNodeAttributes(lo), graph.getNodeAttributes(hi)];
  const [va, vb] = [
    renderer.graphToViewport(a as { x: number; y: number }),
    renderer.graphToViewport(b as { x: number; y: number }),
  ];
  return Math.abs(vb.x - va.x) / Math.max(1e-9, Math.abs(b.x - a.x));
}

/** Sets every node's size (sigma's radius in pixels) from its unit radius; returns the scale. */
export function fitSizes(renderer: Sigma, graph: CaucusGraph, radii: Map<string, number>): number {
  const { width, height } = renderer.getDimensions();
  const perUnit = Math.min(
    pixelsPerUnit(renderer, graph),
    maxPixels(width, height, graph.order) / MAX_RADIUS,
  );
  graph.forEachNode((n) =>
    graph.setNodeAttribute(n, 'size', Math.max(MIN_PX, (radii.get(n) ?? 1) * perUnit)),
  );
  // Labels for the larger discs only; sigma's label grid then keeps one per cell.
  const sizes = graph.mapNodes((_n, a) => a.size as number).sort((x, y) => y - x);
  const threshold = sizes[Math.min(sizes.length - 1, Math.max(12, Math.floor(sizes.length * 0.3)))] ?? 0;
  renderer.setSetting('labelRenderedSizeThreshold', Math.max(MIN_PX, threshold));
  return perUnit;
}
