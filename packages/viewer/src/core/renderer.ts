// sigma over the graph, with reducers that apply hover, selection, highlight and filters
// without touching graph data.
import Sigma from 'sigma';
import type { CaucusGraph } from './graph-store.ts';
import type { ViewState } from './view-state.ts';

const DIM_NODE = '#e3e6ec';
const DIM_EDGE = '#eef0f4';
const LABEL_CHARS = 24;

function neighbourhood(graph: CaucusGraph, node: string | null): Set<string> | null {
  if (!node || !graph.hasNode(node)) return null;
  return new Set([node, ...graph.neighbors(node)]);
}

export function isVisible(graph: CaucusGraph, state: ViewState, node: string): boolean {
  const type = graph.getNodeAttribute(node, 'entityType') as string;
  if (state.time && !state.time.nodes.has(node) && node !== state.selected) return false;
  return !state.filters.types.has(type);
}

export function isEdgeVisible(graph: CaucusGraph, state: ViewState, edge: string): boolean {
  const [s, t] = graph.extremities(edge);
  if (state.time && !state.time.edges.has(edge)) return false;
  const relType = graph.getEdgeAttribute(edge, 'relType') as string;
  return !state.filters.relations.has(relType) && isVisible(graph, state, s) && isVisible(graph, state, t);
}

export function createRenderer(graph: CaucusGraph, container: HTMLElement, state: ViewState): Sigma {
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: 7,
    // One label per 150-pixel cell at most, the most important (largest) node's first.
    labelDensity: 0.6,
    labelGridCellSize: 150,
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
    defaultEdgeType: 'arrow',
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  });
  renderer.setSetting('nodeReducer', (node, data) => {
    const res = { ...data };
    if (!isVisible(graph, state, node)) return { ...res, hidden: true };
    const focus = neighbourhood(graph, state.hovered ?? state.selected);
    if (state.highlight && !state.highlight.nodes.has(node)) {
      res.color = DIM_NODE;
      res.label = '';
      res.zIndex = 0;
    } else if (!state.highlight && focus && !focus.has(node)) {
      res.color = DIM_NODE;
      res.label = '';
      res.zIndex = 0;
    } else {
      res.zIndex = 1;
      if (node === state.selected || node === state.hovered || state.highlight?.nodes.has(node))
        res.forceLabel = true;
    }
    if (node === state.selected) res.highlighted = true;
    // Long names are cut on the overview, so they do not run over their neighbours' labels.
    if (!res.forceLabel && typeof res.label === 'string' && res.label.length > LABEL_CHARS)
      res.label = `${res.label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
    // A changed allegiance: flagged in the label, which always shows.
    if (state.marked.has(node) && res.label) res.label = `⚑ ${res.label}`;
    if (state.marked.has(node) && res.zIndex !== 0) res.forceLabel = true;
    return res;
  });
  renderer.setSetting('edgeReducer', (edge, data) => {
    const res = { ...data };
    const [s, t] = graph.extremities(edge);
    if (!isEdgeVisible(graph, state, edge)) return { ...res, hidden: true };
    if (state.highlight) {
      if (!state.highlight.edges.has(edge)) return { ...res, color: DIM_EDGE, zIndex: 0 };
      return { ...res, size: 4, zIndex: 2, forceLabel: true };
    }
    const focus = state.hovered ?? state.selected;
    if (focus && s !== focus && t !== focus) return { ...res, color: DIM_EDGE, zIndex: 0 };
    if (focus) return { ...res, size: 2.5, zIndex: 1 };
    return res;
  });
  return renderer;
}

/** Centres the camera on a node, zoomed in. */
export function focusNode(renderer: Sigma, node: string): void {
  const data = renderer.getNodeDisplayData(node);
  if (data) renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 450 });
}

/** Frames the camera on some nodes (the whole graph when there are none). */
export function fitNodes(renderer: Sigma, nodes: Iterable<string>): void {
  const points = [...nodes].map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
  const camera = renderer.getCamera();
  if (points.length === 0) return void camera.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 300 });
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(0.15, 1.5 * Math.max(x1 - x0, y1 - y0)));
  void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 300 });
}
