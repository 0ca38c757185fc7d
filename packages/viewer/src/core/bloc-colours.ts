// Colour by bloc: a node's base colour becomes its bloc's (grey outside every bloc), and back to
// its type's colour when the mode is off. Nodes added later (expand, reload) follow the mode.
import type { CaucusGraph } from './graph-store.ts';
import { colorOf } from './palette.ts';

/** Twelve colours far apart from each other; blocs past twelve reuse them in order. */
export const BLOC_COLORS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#808000',
  '#000075',
  '#bfef45',
];
export const NO_BLOC = '#d5d9e1';

export const blocColor = (bloc: number) => BLOC_COLORS[bloc % BLOC_COLORS.length] as string;

export interface BlocColouring {
  /**
   * Colours by these blocs (entity key → bloc number), with the entities that name them always
   * labelled; null restores the type colours.
   */
  apply(blocOf: ReadonlyMap<string, number> | null, heads?: ReadonlySet<string>): void;
  readonly active: boolean;
  kill(): void;
}

export function createBlocColouring(graph: CaucusGraph): BlocColouring {
  let blocOf: ReadonlyMap<string, number> | null = null;
  let heads: ReadonlySet<string> = new Set();
  const paint = (node: string) => {
    const bloc = blocOf?.get(node);
    const color = blocOf
      ? bloc === undefined
        ? NO_BLOC
        : blocColor(bloc)
      : colorOf(String(graph.getNodeAttribute(node, 'entityType')));
    graph.setNodeAttribute(node, 'color', color);
    graph.setNodeAttribute(node, 'forceLabel', blocOf !== null && heads.has(node));
  };
  const onAdded = ({ key }: { key: string }) => {
    if (blocOf) paint(key);
  };
  graph.on('nodeAdded', onAdded);
  return {
    apply(next, named = new Set()) {
      blocOf = next;
      heads = named;
      graph.forEachNode(paint);
    },
    get active() {
      return blocOf !== null;
    },
    kill: () => graph.off('nodeAdded', onAdded),
  };
}
