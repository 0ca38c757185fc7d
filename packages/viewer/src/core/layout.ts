// ForceAtlas2 in a web worker: the page stays responsive; it stops by itself once settled.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { CaucusGraph } from './graph-store.ts';

export interface LayoutControl {
  start(seconds?: number): void;
  stop(): void;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): void;
}

export function createLayout(graph: CaucusGraph): LayoutControl {
  let worker: FA2Layout | null = null;
  let timer: number | undefined;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = () => {
    for (const l of listeners) l(worker?.isRunning() ?? false);
  };
  const stop = () => {
    window.clearTimeout(timer);
    worker?.stop();
    notify();
  };
  return {
    start(seconds) {
      worker?.kill();
      const settings = {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: graph.order > 500,
        slowDown: 5,
        gravity: 1,
      };
      worker = new FA2Layout(graph, { settings });
      worker.start();
      notify();
      // Bigger graphs take longer to settle.
      const run = seconds ?? Math.min(12, 2 + graph.order / 400);
      timer = window.setTimeout(stop, run * 1000);
    },
    stop,
    isRunning: () => worker?.isRunning() ?? false,
    onChange: (listener) => listeners.push(listener),
  };
}
