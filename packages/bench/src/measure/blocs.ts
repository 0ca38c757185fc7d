// How long blocs take on the ingested corpus: the whole GET /api/blocs computation (read the
// ties from Neo4j, project, seeded Louvain, evidence of the strongest ties), for all unions and
// for the busiest one, with the Louvain share apart; and influence (which adds betweenness).
import { computeBlocs, computeInfluence, findBlocs, loadAllianceGraph } from '@caucus/api';

type App = Parameters<typeof computeBlocs>[0];

export interface BlocFigures {
  /** Median of the runs after the first, in ms; the first (cold) apart. */
  allMs: number;
  allFirstMs: number;
  louvainMs: number;
  unionMs: number;
  influenceMs: number;
  nodes: number;
  ties: number;
  blocs: number;
  modularity: number;
  union: string | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function timed<T>(
  run: () => Promise<T> | T,
  times: number,
): Promise<{ first: number; median: number; value: T }> {
  const ms: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    value = await run();
    ms.push(performance.now() - t0);
  }
  return { first: ms[0] ?? Number.NaN, median: median(ms.slice(1)), value: value as T };
}

export async function measureBlocs(app: App, union: string | null, runs = 6): Promise<BlocFigures> {
  const all = { union: null, since: null, until: null };
  const whole = await timed(() => computeBlocs(app, all), runs);
  const { graph } = await loadAllianceGraph(app, all);
  const louvain = await timed(() => findBlocs(graph), runs);
  const one = union ? await timed(() => computeBlocs(app, { ...all, union }), runs) : null;
  const influence = await timed(() => computeInfluence(app, all), 3);
  return {
    allMs: whole.median,
    allFirstMs: whole.first,
    louvainMs: louvain.median,
    unionMs: one?.median ?? Number.NaN,
    influenceMs: influence.median,
    nodes: whole.value.nodeCount,
    ties: whole.value.tieCount,
    blocs: whole.value.blocs.length,
    modularity: whole.value.modularity,
    union,
  };
}
