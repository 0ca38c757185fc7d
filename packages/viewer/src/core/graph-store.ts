// The graph the viewer shows: API graphs merged into one graphology instance, with the visual
// attributes sigma needs. Data attributes (entityType, relType) are kept apart from sigma's own.
import Graph from 'graphology';
import type { SerializedGraph } from '../api-client.ts';
import { colorOf, relationColor, UNDIRECTED } from './palette.ts';

export type CaucusGraph = Graph;

export function createGraph(): CaucusGraph {
  return new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
}

/** Adds nodes and edges not yet present; existing nodes keep their positions. */
export function mergeInto(
  graph: CaucusGraph,
  data: SerializedGraph,
  near?: { x: number; y: number },
): string[] {
  const added: string[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.key)) continue;
    const a = node.attributes as Record<string, unknown>;
    const angle = Math.random() * Math.PI * 2;
    const r = near ? 1 + Math.random() * 2 : 30 * Math.sqrt(Math.random());
    graph.addNode(node.key, {
      ...a,
      entityType: a.type,
      type: 'circle',
      label: String(a.label ?? a.name ?? node.key),
      color: colorOf(String(a.type)),
      x: (near?.x ?? 0) + Math.cos(angle) * r,
      y: (near?.y ?? 0) + Math.sin(angle) * r,
      size: 4,
    });
    added.push(node.key);
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const a = edge.attributes as Record<string, unknown>;
    const relType = String(a.type);
    const weight = Math.max(1, Number(a.weight ?? a.evidenceCount ?? 1) || 1);
    // A symmetric relation stored both ways is drawn once, with both weights.
    if (UNDIRECTED.has(relType)) {
      const twin = graph
        .edges(edge.source, edge.target)
        .find((k) => graph.getEdgeAttribute(k, 'relType') === relType);
      if (twin) {
        graph.updateEdgeAttribute(twin, 'weight', (w) => Number(w ?? 1) + weight);
        continue;
      }
    }
    const name = relType.replace(/_/g, ' ').toLowerCase();
    const attrs = {
      ...a,
      relType,
      weight,
      type: UNDIRECTED.has(relType) ? 'line' : 'arrow',
      label: weight > 1 ? `${name} ×${weight}` : name,
      color: relationColor(relType),
      size: Math.min(3.5, 0.8 + 0.45 * Math.log2(weight)),
    };
    if (UNDIRECTED.has(relType)) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attrs);
  }
  return added;
}

/** Provisional sizes, in the bounded range, until the layout fits them to the stage. */
export function sizeByDegree(graph: CaucusGraph): void {
  graph.forEachNode((node) =>
    graph.setNodeAttribute(node, 'size', Math.min(12, 3 + Math.sqrt(graph.degree(node)))),
  );
}

/** The edges whose both ends are among the given nodes. */
export function edgesAmong(graph: CaucusGraph, keys: string[]): Set<string> {
  const set = new Set(keys);
  return new Set(graph.filterEdges((_e, _a, s, t) => set.has(s) && set.has(t)));
}
