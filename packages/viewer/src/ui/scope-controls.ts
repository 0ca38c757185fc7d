// Which union and which years: a select of the unions on the graph and two year fields, shared
// by the blocs and influence panels.
import type { AllianceScope } from '../api-client.ts';
import type { CaucusGraph } from '../core/graph-store.ts';
import { el } from './dom.ts';

export interface ScopeControls {
  element: HTMLElement;
  value(): AllianceScope;
  /** Lists the unions now on the graph, busiest first, keeping the choice. */
  refreshUnions(): void;
}

export function scopeControls(graph: CaucusGraph, id: string, onChange: () => void): ScopeControls {
  const union = el('select', { id: `${id}-union`, name: 'union', onchange: onChange });
  const year = (name: 'since' | 'until', placeholder: string) =>
    el('input', {
      id: `${id}-${name}`,
      name,
      type: 'number',
      min: '1900',
      max: '2100',
      step: '1',
      placeholder,
      'aria-label': `${name === 'since' ? 'From' : 'To'} year`,
      onchange: onChange,
    });
  const since = year('since', 'from year');
  const until = year('until', 'to year');
  const refreshUnions = () => {
    const chosen = union.value;
    const unions: { key: string; name: string; n: number }[] = [];
    graph.forEachNode((key, a) => {
      if (a.entityType === 'Union')
        unions.push({ key, name: String(a.label), n: Number(a.articleCount ?? 0) });
    });
    unions.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
    union.replaceChildren(
      el('option', { value: '' }, 'All unions'),
      ...unions.map((u) => el('option', { value: u.key, selected: u.key === chosen }, u.name)),
    );
  };
  refreshUnions();
  return {
    element: el('div', { class: 'scope' }, union, el('div', { class: 'years' }, since, '–', until)),
    value: () => ({
      union: union.value || undefined,
      since: since.value || undefined,
      until: until.value || undefined,
    }),
    refreshUnions,
  };
}

/** A panel's `shown()`: the unions listed afresh every time, the data loaded the first time. */
export function onShown(scope: ScopeControls, load: () => Promise<void>): () => void {
  let loaded = false;
  return () => {
    scope.refreshUnions();
    if (!loaded) void load();
    loaded = true;
  };
}
