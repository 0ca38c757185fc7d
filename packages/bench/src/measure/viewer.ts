// The viewer in headless Chromium: time to first render and frame times while the camera moves,
// for large synthetic graphs; and ForceAtlas2 iterations per second.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { launchChromium } from '../chromium.ts';

export interface ViewerFigures {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  frameMsP50: number;
  frameMsP95: number;
  fa2IterationsPerSecond: number;
}

function randomGraph(nodes: number, edges: number): Graph {
  const g = new Graph({ multi: true });
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { x: rnd() * 100, y: rnd() * 100, size: 3 });
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(rnd() * nodes);
    g.addEdge(`n${s}`, `n${(s + 1 + Math.floor(rnd() * (nodes - 1))) % nodes}`);
  }
  return g;
}

export function fa2IterationsPerSecond(nodes: number, edges: number, iterations = 20): number {
  const g = randomGraph(nodes, edges);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: nodes > 500 };
  const started = performance.now();
  forceAtlas2.assign(g, { iterations, settings });
  return iterations / ((performance.now() - started) / 1000);
}

export async function measureViewer(
  url: string,
  sizes: [number, number][],
  chromiumPath: string,
): Promise<ViewerFigures[]> {
  const browser = await launchChromium(chromiumPath);
  const out: ViewerFigures[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Run under tsx, esbuild names functions with a __name helper the page does not have.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(url);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 60_000 });
    for (const [nodes, edges] of sizes) {
      const figures = await page.evaluate(
        async ({ nodes, edges }) => {
          type Caucus = { graph: any; renderer: any; layout: { stop(): void } };
          const { graph, renderer, layout } = (window as unknown as { caucus: Caucus }).caucus;
          layout.stop();
          const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
          let seed = 11;
          const rnd = () => {
            seed = (seed * 16807) % 2147483647;
            return seed / 2147483647;
          };
          const types = ['Person', 'Faction', 'Union', 'Party'];
          const colors = ['#2f5bd3', '#d2452f', '#1f8a5b', '#8e44ad'];
          const t0 = performance.now();
          graph.clear();
          for (let i = 0; i < nodes; i++) {
            const k = i % 4;
            graph.addNode(`n${i}`, {
              x: rnd() * 1000,
              y: rnd() * 1000,
              size: 2 + rnd() * 4,
              label: `Node ${i}`,
              color: colors[k],
              entityType: types[k],
              type: 'circle',
            });
          }
          for (let i = 0; i < edges; i++) {
            const s = Math.floor(rnd() * nodes);
            const t = (s + 1 + Math.floor(rnd() * (nodes - 1))) % nodes;
            graph.addDirectedEdge(`n${s}`, `n${t}`, {
              relType: 'ENDORSED',
              type: 'arrow',
              size: 1,
              color: '#cccccc',
            });
          }
          renderer.refresh();
          await nextFrame();
          const firstRenderMs = performance.now() - t0;
          // Pan and zoom for about two seconds, timing every frame.
          const frames: number[] = [];
          const camera = renderer.getCamera();
          let last = await nextFrame();
          const end = last + 2000;
          let step = 0;
          while (last < end) {
            step++;
            camera.setState({
              x: 0.5 + 0.2 * Math.sin(step / 20),
              y: 0.5 + 0.2 * Math.cos(step / 25),
              ratio: 0.6 + 0.4 * Math.sin(step / 30),
            });
            const now = await nextFrame();
            frames.push(now - last);
            last = now;
          }
          frames.sort((a, b) => a - b);
          return {
            firstRenderMs,
            frameMsP50: frames[Math.floor(frames.length * 0.5)] ?? 0,
            frameMsP95: frames[Math.floor(frames.length * 0.95)] ?? 0,
          };
        },
        { nodes, edges },
      );
      out.push({
        nodes,
        edges,
        ...figures,
        fa2IterationsPerSecond: fa2IterationsPerSecond(nodes, edges, 10),
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}
