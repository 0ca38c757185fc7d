// "Showing N of M": what the first view of a large graph holds and why, with the controls that
// widen it, show everything, and show or hide the entities without any relation.
import type { ScopedView } from '../core/overview.ts';
import { el } from './dom.ts';

export interface ScopeCallbacks {
  widen(): void;
  all(): void;
  isolated(show: boolean): void;
}

const n = (v: number) => v.toLocaleString('en-GB');

export function renderViewScope(
  root: HTMLElement,
  view: ScopedView,
  showIsolated: boolean,
  hiddenRelations: string[],
  cb: ScopeCallbacks,
): void {
  const f = view.first;
  const what = f
    ? [
        f.contests
          ? `the ${n(f.contests)} latest contests${f.years ? ` (${f.years.from === f.years.to ? f.years.from : `${f.years.from}–${f.years.to}`})` : ''} with candidates, unions and main backers`
          : '',
        f.factions ? `the ${n(f.factions)} best-connected factions` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  const text = f
    ? `Showing ${n(view.shown)} of ${n(view.total)} entities: ${what || 'the best-connected entities'}.`
    : `Showing ${n(view.shown)} of ${n(view.total)} entities${view.isolated && !showIsolated ? ` (${n(view.related)} with relations)` : ''}.`;
  const hidden = hiddenRelations.length
    ? ` Rivalries (${hiddenRelations.map((t) => t.replace(/_/g, ' ').toLowerCase()).join(', ')}) hidden: see Filters, or a contest's race board.`
    : '';
  const toggle = el('input', {
    type: 'checkbox',
    id: 'scope-isolated',
    checked: showIsolated,
    onchange: (e: Event) => cb.isolated((e.target as HTMLInputElement).checked),
  });
  root.hidden = false;
  root.dataset.shown = String(view.shown);
  root.dataset.total = String(view.total);
  root.replaceChildren(
    el('span', { id: 'scope-text' }, text + hidden),
    ...(f
      ? [
          el(
            'button',
            { type: 'button', id: 'scope-widen', title: 'Show twice as many entities', onclick: cb.widen },
            'Widen',
          ),
          el(
            'button',
            { type: 'button', id: 'scope-all', title: 'Show every related entity', onclick: cb.all },
            'Show all',
          ),
        ]
      : []),
    ...(view.isolated ? [el('label', {}, toggle, ` ${n(view.isolated)} without relations`)] : []),
  );
}
