// The influence table: who sits at the centre of a union's politics. Sortable columns, two
// presets (endorsers whose candidates win; brokers between blocs), each row opening the entity.
import { ApiError, api, type InfluenceReply } from '../api-client.ts';
import { blocColor } from '../core/bloc-colours.ts';
import type { CaucusGraph } from '../core/graph-store.ts';
import { el } from './dom.ts';
import { onShown, scopeControls } from './scope-controls.ts';

type Row = InfluenceReply['rows'][number];
type Column = { key: keyof Row; label: string; title: string; value: (r: Row) => number | string };

const COLUMNS: Column[] = [
  { key: 'name', label: 'Entity', title: 'Faction, party, union or person', value: (r) => r.name },
  { key: 'won', label: 'Won', title: 'Candidates it backed who won', value: (r) => r.won },
  { key: 'backed', label: 'Backed', title: 'Candidates it endorsed', value: (r) => r.backed },
  { key: 'winRate', label: 'Win %', title: 'Share of its candidates who won', value: (r) => r.winRate ?? -1 },
  { key: 'degree', label: 'Ties', title: 'Degree: entities it is tied to', value: (r) => r.degree },
  {
    key: 'weightedDegree',
    label: 'Weight',
    title: 'Weighted degree: its ties counted by evidence',
    value: (r) => r.weightedDegree,
  },
  {
    key: 'betweenness',
    label: 'Between',
    title: 'Betweenness: share of shortest paths through it',
    value: (r) => r.betweenness,
  },
  {
    key: 'blocsReached',
    label: 'Blocs',
    title: 'Blocs its ties reach (brokers reach several)',
    value: (r) => r.blocsReached,
  },
];

const PRESETS: [string, (keyof Row)[]][] = [
  ['Endorsers whose candidates win', ['won', 'winRate', 'backed']],
  ['Brokers between blocs', ['blocsReached', 'betweenness', 'weightedDegree']],
  ['Most ties', ['weightedDegree', 'degree']],
];

export interface InfluenceTable {
  shown(): void;
}

export function renderInfluenceTable(
  panel: HTMLElement,
  graph: CaucusGraph,
  actions: { select(key: string): void },
): InfluenceTable {
  let rows: Row[] = [];
  let order: (keyof Row)[] = ['won', 'winRate', 'backed'];
  const status = el('p', { class: 'aliases', id: 'influence-status' });
  const table = el('table', { id: 'influence-table', class: 'influence' });
  const scope = scopeControls(graph, 'influence', () => void load());
  const sorted = () => {
    const cols = order.map((k) => COLUMNS.find((c) => c.key === k) as Column);
    return [...rows].sort((a, b) => {
      for (const c of cols) {
        const [x, y] = [c.value(a), c.value(b)];
        if (x !== y)
          return typeof x === 'string' ? String(x).localeCompare(String(y)) : Number(y) - Number(x);
      }
      return a.name.localeCompare(b.name);
    });
  };
  const render = () => {
    const fmt = (c: Column, r: Row) =>
      c.key === 'winRate'
        ? r.winRate === null
          ? '–'
          : `${Math.round(r.winRate * 100)}%`
        : c.key === 'betweenness'
          ? r.betweenness.toFixed(3)
          : String(r[c.key]);
    table.replaceChildren(
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, '#'),
          ...COLUMNS.map((c) =>
            el(
              'th',
              {
                title: `${c.title}; click to sort`,
                'aria-sort': order[0] === c.key ? 'descending' : 'none',
                onclick: () => {
                  order = [c.key, ...order.filter((k) => k !== c.key)];
                  render();
                },
              },
              c.label,
            ),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...sorted().map((r, i) =>
          el(
            'tr',
            {
              'data-key': r.key,
              tabindex: '0',
              onclick: () => actions.select(r.key),
              onkeydown: (e: Event) => {
                if ((e as KeyboardEvent).key === 'Enter') actions.select(r.key);
              },
            },
            el('td', { class: 'rank' }, String(i + 1)),
            ...COLUMNS.map((c) =>
              c.key === 'name'
                ? el(
                    'td',
                    { class: 'who', title: r.blocName ? `${r.type} · bloc: ${r.blocName}` : r.type },
                    el('span', {
                      class: 'swatch',
                      style: `background:${r.bloc === null ? '#ccc' : blocColor(r.bloc)}`,
                    }),
                    ` ${r.name}`,
                  )
                : el('td', { class: 'figure' }, fmt(c, r)),
            ),
          ),
        ),
      ),
    );
  };
  async function load(): Promise<void> {
    status.textContent = 'Measuring…';
    try {
      const reply = await api.influence(scope.value());
      rows = reply.rows;
      status.textContent = `${reply.total} entities on the alliance graph${reply.total > rows.length ? `, the top ${rows.length} shown` : ''}. Click a row to open it.`;
    } catch (err) {
      rows = [];
      status.textContent = err instanceof ApiError ? err.message : String(err);
    }
    render();
  }
  panel.replaceChildren(
    el('h2', {}, 'Influence'),
    el(
      'p',
      { class: 'aliases' },
      'Centrality on the same network as the blocs: ties (degree), ties weighted by evidence, betweenness (who sits between others), and for endorsers how many of their candidates won. Swatches are bloc colours.',
    ),
    scope.element,
    el(
      'div',
      { class: 'examples' },
      ...PRESETS.map(([label, keys]) =>
        el(
          'button',
          {
            type: 'button',
            onclick: () => {
              order = [...keys, ...order.filter((k) => !keys.includes(k))];
              render();
            },
          },
          label,
        ),
      ),
    ),
    status,
    el('div', { class: 'results influence-wrap' }, table),
  );
  return { shown: onShown(scope, load) };
}
