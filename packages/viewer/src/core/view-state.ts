// UI state apart from graph data: selection, hover, highlighted path, filters; mirrored in the URL
// so that a link shares exactly what is on screen.
import { parseYears, type TimeState, type YearSpan } from './time-span.ts';

export interface Filters {
  types: Set<string>;
  relations: Set<string>;
  since: string;
  until: string;
  article: string;
}

export interface ViewState {
  hovered: string | null;
  selected: string | null;
  /** Nodes and edges of a highlighted path or link; everything else is dimmed. */
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
  filters: Filters;
  /** The time slider's span and what it shows; null shows every year. */
  time: TimeState | null;
  /** The span asked for in the URL, applied once the graph is loaded. */
  requestedYears: YearSpan | null;
  /** Entities flagged with a changed allegiance. */
  marked: Set<string>;
}

export function createViewState(): ViewState {
  const p = new URLSearchParams(location.search);
  const list = (name: string) => new Set((p.get(name) ?? '').split(',').filter(Boolean));
  return {
    hovered: null,
    selected: p.get('selected'),
    highlight: null,
    filters: {
      types: list('hide'),
      relations: list('hideRel'),
      since: p.get('since') ?? '',
      until: p.get('until') ?? '',
      article: p.get('article') ?? '',
    },
    time: null,
    requestedYears: parseYears(p.get('years')),
    marked: new Set(),
  };
}

/** Hidden types are stored, so a new type shows by default. */
export function writeUrl(state: ViewState, tab: string): void {
  const p = new URLSearchParams();
  if (state.selected) p.set('selected', state.selected);
  if (state.filters.types.size) p.set('hide', [...state.filters.types].join(','));
  if (state.filters.relations.size) p.set('hideRel', [...state.filters.relations].join(','));
  for (const k of ['since', 'until', 'article'] as const) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.time) p.set('years', `${state.time.from}-${state.time.to}`);
  if (tab !== 'explore') p.set('tab', tab);
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
