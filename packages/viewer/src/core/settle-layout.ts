// The settled layout: each connected component laid out on its own with ForceAtlas2 (LinLog and
// outbound attraction distribution, which draw clusters together and keep hubs from pulling
// everything into one disc; Barnes–Hut for large components), then spread by noverlap so no two
// discs touch (with a final push for any pair it leaves), then the components packed in rows, biggest first, filling the stage's shape.
// Positions are in "radius units": a node's radius is 1 to MAX_RADIUS units, and the viewer
// turns units into pixels once sigma has framed the drawing (see node-sizes.ts).
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { CaucusGraph } from './graph-store.ts';
import { edgeWeight, HUB_RELATIONS, weightedDegrees } from './importance.ts';
import { separateDiscs } from './separate-discs.ts';

export const MAX_RADIUS = 3.2;
/** Empty space around each disc, in units, kept by noverlap and between packed components. */
const MARGIN = 1.1;
/** How far a component spreads before noverlap, per square root of its nodes: smaller packs
 * clusters closer, so the discs can be drawn larger. */
const SPREAD = 0.8;

export interface SettleOptions {
  /** The stage's width / height, which the packed drawing should fill. */
  aspect: number;
  /** Start from random positions (a fresh load) rather than the current ones (an expansion). */
  fresh: boolean;
  /** Lets the page breathe between chunks of iterations. */
  yieldEvery?: () => Promise<void>;
  /** The relations drawn: only they shape the layout (all when absent). */
  drawn?: (edge: string) => boolean;
}

/** A position from the key alone, so the same graph settles the same way every time. */
function seeded(key: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 10007) / 10007;
  const b = ((Math.imul(h, 48271) >>> 0) % 10009) / 10009;
  return [Math.cos(a * 2 * Math.PI) * Math.sqrt(b), Math.sin(a * 2 * Math.PI) * Math.sqrt(b)];
}

/** Unit radii by importance, square-root scaled into [1, MAX_RADIUS]. */
export function unitRadii(graph: CaucusGraph, drawn?: (edge: string) => boolean): Map<string, number> {
  const degrees = weightedDegrees(graph, drawn);
  const max = Math.max(1, ...degrees.values());
  return new Map([...degrees].map(([n, d]) => [n, 1 + (MAX_RADIUS - 1) * Math.sqrt(d / max)]));
}

interface Placed {
  nodes: string[];
  x: Map<string, number>;
  y: Map<string, number>;
  width: number;
  height: number;
}

async function layoutComponent(
  graph: CaucusGraph,
  nodes: string[],
  radii: Map<string, number>,
  o: SettleOptions,
): Promise<Placed> {
  const sub = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const scale = 10 * Math.sqrt(nodes.length);
  for (const n of nodes) {
    const [sx, sy] = seeded(n);
    const a = graph.getNodeAttributes(n);
    sub.addNode(n, {
      x: o.fresh || !Number.isFinite(a.x) ? sx * scale : a.x,
      y: o.fresh || !Number.isFinite(a.y) ? sy * scale : a.y,
      size: radii.get(n) ?? 1,
    });
  }
  for (const n of nodes)
    graph.forEachEdge(n, (e, a, s, t) => {
      if (s === t || s !== n || (o.drawn && !o.drawn(e))) return;
      // Hub relations hold an entity near its union without letting the union gather everyone.
      const w = (HUB_RELATIONS.get(String(a.relType)) ?? 1) * (1 + Math.log2(edgeWeight(a)));
      if (sub.hasEdge(s, t)) sub.updateEdgeAttribute(s, t, 'weight', (v) => (v ?? 0) + w);
      else sub.addEdge(s, t, { weight: w });
    });
  const order = nodes.length;
  if (order > 2) {
    // Gephi's inferred settings (strong gravity, scaling by size), with LinLog and outbound
    // attraction distribution for clusters; a small scaling ratio lets LinLog converge in a few
    // hundred iterations; Barnes–Hut past a few hundred nodes.
    const settings = {
      ...forceAtlas2.inferSettings(sub),
      linLogMode: true,
      outboundAttractionDistribution: true,
      scalingRatio: 0.1,
      slowDown: 2,
      barnesHutOptimize: order > 500,
    };
    const iterations = order < 500 ? 300 : 150;
    for (let done = 0; done < iterations; done += 50) {
      forceAtlas2.assign(sub, {
        iterations: Math.min(50, iterations - done),
        settings,
        getEdgeWeight: 'weight',
      });
      await o.yieldEvery?.();
    }
  }
  // Scale to the room the discs need (about 9 squared units each), then remove overlaps.
  const xs: number[] = [];
  const ys: number[] = [];
  sub.forEachNode((_n, a) => {
    xs.push(a.x);
    ys.push(a.y);
  });
  const mx = xs.reduce((s, v) => s + v, 0) / order;
  const my = ys.reduce((s, v) => s + v, 0) / order;
  const rms = Math.sqrt(xs.reduce((s, v, i) => s + (v - mx) ** 2 + ((ys[i] ?? 0) - my) ** 2, 0) / order) || 1;
  const target = order === 1 ? 0 : SPREAD * Math.sqrt(order) * (MAX_RADIUS + MARGIN);
  sub.updateEachNodeAttributes((_n, a) => ({
    ...a,
    x: ((a.x - mx) / rms) * target,
    y: ((a.y - my) / rms) * target,
  }));
  if (order > 1)
    noverlap.assign(sub, {
      maxIterations: 800,
      settings: { margin: MARGIN, ratio: 1, speed: 3, gridSize: 20 },
    });
  if (order > 1) {
    const discs = nodes.map((n) => ({
      n,
      x: sub.getNodeAttribute(n, 'x'),
      y: sub.getNodeAttribute(n, 'y'),
      r: radii.get(n) ?? 1,
    }));
    separateDiscs(discs, MARGIN * 0.8);
    for (const d of discs) sub.mergeNodeAttributes(d.n, { x: d.x, y: d.y });
  }
  const x = new Map<string, number>();
  const y = new Map<string, number>();
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  sub.forEachNode((n, a) => {
    const r = (radii.get(n) ?? 1) + MARGIN;
    x.set(n, a.x);
    y.set(n, a.y);
    x0 = Math.min(x0, a.x - r);
    x1 = Math.max(x1, a.x + r);
    y0 = Math.min(y0, a.y - r);
    y1 = Math.max(y1, a.y + r);
  });
  for (const n of nodes) {
    x.set(n, (x.get(n) ?? 0) - x0);
    y.set(n, (y.get(n) ?? 0) - y0);
  }
  return { nodes, x, y, width: x1 - x0, height: y1 - y0 };
}

/** Where each box goes when boxes fill rows of the given width, left to right, top to bottom. */
function shelfPack(boxes: { width: number; height: number }[], rowWidth: number): [number, number][] {
  let [cx, cy, rowHeight] = [0, 0, 0];
  return boxes.map((b) => {
    if (cx > 0 && cx + b.width > rowWidth) {
      cy += rowHeight;
      cx = 0;
      rowHeight = 0;
    }
    const at: [number, number] = [cx, cy];
    cx += b.width;
    rowHeight = Math.max(rowHeight, b.height);
    return at;
  });
}

/** The graph with only the drawn relations, for finding components. */
function subgraphOf(graph: CaucusGraph, drawn: (edge: string) => boolean): Graph {
  const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  graph.forEachNode((n) => g.addNode(n));
  graph.forEachEdge((e, _a, s, t) => {
    if (s !== t && drawn(e)) g.addEdge(s, t);
  });
  return g;
}

/** Lays the graph out and returns each node's radius in units. */
export async function settleLayout(graph: CaucusGraph, o: SettleOptions): Promise<Map<string, number>> {
  const drawn = o.drawn;
  const radii = unitRadii(graph, drawn);
  const placed: Placed[] = [];
  const shape = drawn ? subgraphOf(graph, drawn) : graph;
  for (const component of connectedComponents(shape))
    placed.push(await layoutComponent(graph, component, radii, o));
  // Shelf packing, biggest component first, with the row width that best fills the stage.
  placed.sort((a, b) => b.width * b.height - a.width * a.height || b.nodes.length - a.nodes.length);
  const area = placed.reduce((s, p) => s + p.width * p.height, 0);
  const widest = Math.max(0, ...placed.map((p) => p.width));
  let best: { origins: [number, number][]; fill: number } | null = null;
  for (let f = 0.7; f <= 2.5; f += 0.1) {
    const rowWidth = Math.max(widest, Math.sqrt(area * o.aspect) * f);
    const origins = shelfPack(placed, rowWidth);
    const w = Math.max(...placed.map((p, i) => (origins[i]?.[0] ?? 0) + p.width));
    const h = Math.max(...placed.map((p, i) => (origins[i]?.[1] ?? 0) + p.height));
    // How large the drawing can be shown on a stage of this shape.
    const fill = Math.min(o.aspect / w, 1 / h);
    if (!best || fill > best.fill) best = { origins, fill };
  }
  placed.forEach((p, i) => {
    const [ox, oy] = best?.origins[i] ?? [0, 0];
    // Sigma's y axis points up: rows go downwards.
    for (const n of p.nodes)
      graph.mergeNodeAttributes(n, { x: ox + (p.x.get(n) ?? 0), y: -(oy + (p.y.get(n) ?? 0)) });
  });
  return radii;
}
