// Autocomplete over /api/search: type, arrow keys to move, Enter to pick, Escape to close.
import { api, type EntitySummary } from '../api-client.ts';
import { el } from './dom.ts';

export function attachSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (entity: EntitySummary) => void,
): void {
  let results: EntitySummary[] = [];
  let active = -1;
  let pending = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) =>
        el(
          'div',
          { role: 'option', 'aria-selected': String(i === active), onmousedown: () => pick(i) },
          el('span', {}, r.name),
          el('small', {}, r.type),
        ),
      ),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    close();
    onPick(r);
  };
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++pending;
    if (!text) {
      results = [];
      render();
      return;
    }
    const reply = await api.search(text).catch(() => ({ results: [] }));
    if (ticket !== pending) return; // a later keystroke already asked again
    results = reply.results;
    active = results.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(results.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') return pick(active);
    else if (e.key === 'Escape') return close();
    else return;
    e.preventDefault();
    render();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
