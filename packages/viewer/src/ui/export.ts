// Export the view as PNG, and the graph as GEXF or JSON.
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { CaucusGraph } from '../core/graph-store.ts';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportView(kind: string, renderer: Sigma, graph: CaucusGraph): Promise<void> {
  if (kind === 'png') await downloadAsPNG(renderer, { fileName: 'caucus-graph', backgroundColor: '#ffffff' });
  else if (kind === 'gexf') {
    // GEXF readers expect string "type" attributes to be data, so sigma's own are dropped.
    const copy = graph.copy();
    copy.forEachNode((n) => copy.removeNodeAttribute(n, 'type'));
    copy.forEachEdge((e) => copy.removeEdgeAttribute(e, 'type'));
    download('caucus-graph.gexf', 'application/xml', writeGexf(copy));
  } else if (kind === 'json')
    download('caucus-graph.json', 'application/json', JSON.stringify(graph.export(), null, 2));
}
