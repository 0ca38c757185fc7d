// The layout control: settles the graph (settle-layout.ts), sizes the discs for the stage
// (node-sizes.ts) and frames the camera; body[data-settled] marks the first settled frame.
import type Sigma from 'sigma';
import type { CaucusGraph } from './graph-store.ts';
import { fitSizes } from './node-sizes.ts';
import { settleLayout } from './settle-layout.ts';

export interface LayoutControl {
  /** Lays everything out again; `fresh` ignores the current positions. */
  start(fresh?: boolean): Promise<void>;
  stop(): void;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
}

export function createLayout(
  graph: CaucusGraph,
  renderer: Sigma,
  drawn?: (edge: string) => boolean,
): LayoutControl {
  let running = 0;
  let generation = 0;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = () => {
    for (const l of listeners) l(running > 0);
  };
  const breathe = () => new Promise<void>((r) => setTimeout(r, 0));
  return {
    async start(fresh = false) {
      const mine = ++generation;
      running++;
      notify();
      document.body.dataset.settled = 'false';
      try {
        const { width, height } = renderer.getDimensions();
        const radii = await settleLayout(graph, {
          aspect: width / Math.max(1, height),
          fresh,
          yieldEvery: breathe,
          ...(drawn ? { drawn } : {}),
        });
        if (mine !== generation) return;
        renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
        renderer.refresh();
        fitSizes(renderer, graph, radii);
        renderer.refresh();
        await new Promise((r) => requestAnimationFrame(r));
        if (mine === generation) document.body.dataset.settled = 'true';
      } finally {
        running--;
        notify();
      }
    },
    stop() {
      generation++;
    },
    isRunning: () => running > 0,
    onChange: (listener) => listeners.push(listener),
  };
}
