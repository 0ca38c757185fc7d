// Filters by entity type, relation type, evidence date range and article, with counts shown;
// and the legend, which is the same list of colours.
import { api } from '../api-client.ts';
import type { CaucusGraph } from '../core/graph-store.ts';
import { ENTITY_COLORS, RELATION_COLORS } from '../core/palette.ts';
import { isEdgeVisible, isVisible } from '../core/renderer.ts';
import type { ViewState } from '../core/view-state.ts';
import { el } from './dom.ts';

export interface FilterCallbacks {
  /** Visual filters changed: redraw. */
  onVisual(): void;
  /** Data filters (dates, article) changed: reload from the API. */
  onReload(): void;
}

export function renderFilters(
  root: HTMLElement,
  legend: HTMLElement,
  graph: CaucusGraph,
  state: ViewState,
  cb: FilterCallbacks,
): () => void {
  const typeCounts = new Map<string, HTMLElement>();
  const relCounts = new Map<string, HTMLElement>();
  const toggle = (set: Set<string>, key: string) => (e: Event) => {
    if ((e.target as HTMLInputElement).checked) set.delete(key);
    else set.add(key);
    cb.onVisual();
    update();
  };
  const row = (
    label: string,
    color: string,
    set: Set<string>,
    counts: Map<string, HTMLElement>,
    name: string,
  ) => {
    const count = el('span', { class: 'count' });
    counts.set(label, count);
    return el(
      'label',
      {},
      el('input', {
        type: 'checkbox',
        name,
        value: label,
        checked: !set.has(label),
        onchange: toggle(set, label),
      }),
      el('span', { class: 'swatch', style: `background:${color}` }),
      label.replace(/_/g, ' ').toLowerCase(),
      count,
    );
  };
  const articleSelect = el(
    'select',
    {
      name: 'article',
      onchange: (e: Event) => {
        state.filters.article = (e.target as HTMLSelectElement).value;
        cb.onReload();
      },
    },
    el('option', { value: '' }, 'All articles'),
  );
  void api.articles().then(({ articles }) => {
    for (const a of articles)
      articleSelect.append(
        el(
          'option',
          { value: a.id, selected: a.id === state.filters.article },
          `${a.date ?? ''} ${a.title ?? a.id}`.trim(),
        ),
      );
  });
  const dateInput = (key: 'since' | 'until') =>
    el('input', {
      type: 'date',
      name: key,
      value: state.filters[key],
      onchange: (e: Event) => {
        state.filters[key] = (e.target as HTMLInputElement).value;
        cb.onReload();
      },
    });
  const shown = el('p', { class: 'aliases', id: 'shown-counts' });
  root.replaceChildren(
    el('h2', {}, 'Filters'),
    shown,
    el('h3', {}, 'Entities'),
    el(
      'div',
      { class: 'filters' },
      ...Object.entries(ENTITY_COLORS).map(([t, c]) => row(t, c, state.filters.types, typeCounts, 'type')),
    ),
    el('h3', {}, 'Relations'),
    el(
      'div',
      { class: 'filters' },
      ...Object.entries(RELATION_COLORS).map(([t, c]) =>
        row(t, c, state.filters.relations, relCounts, 'relation'),
      ),
    ),
    el('h3', {}, 'Evidence dates'),
    el('label', {}, 'from ', dateInput('since')),
    el('label', {}, 'to ', dateInput('until')),
    el('h3', {}, 'Article'),
    articleSelect,
  );
  legend.replaceChildren(
    el('h3', {}, 'Legend'),
    el(
      'ul',
      { class: 'legend' },
      ...Object.entries(ENTITY_COLORS).map(([t, c]) =>
        el('li', {}, el('span', { class: 'swatch', style: `background:${c}` }), t),
      ),
    ),
    el('p', { class: 'aliases' }, 'Size: number of connections. Arrows: who acts on whom.'),
  );
  const update = () => {
    const types = new Map<string, number>();
    const rels = new Map<string, number>();
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((n, a) => {
      types.set(a.entityType, (types.get(a.entityType) ?? 0) + 1);
      if (isVisible(graph, state, n)) nodes++;
    });
    graph.forEachEdge((e, a) => {
      rels.set(a.relType, (rels.get(a.relType) ?? 0) + 1);
      if (isEdgeVisible(graph, state, e)) edges++;
    });
    for (const [t, node] of typeCounts) node.textContent = String(types.get(t) ?? 0);
    for (const [t, node] of relCounts) node.textContent = String(rels.get(t) ?? 0);
    shown.textContent = `Showing ${nodes} of ${graph.order} entities, ${edges} of ${graph.size} relations`;
  };
  update();
  return update;
}
