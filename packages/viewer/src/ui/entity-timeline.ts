// A person's or body's relations on one time axis: a row per relation, a dot per dated piece of
// evidence; clicking a dot shows that sentence under the time line.
import { api, type EntityTimeline } from '../api-client.ts';
import { relationColor } from '../core/palette.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';

const label = (type: string, direction: 'in' | 'out') =>
  `${direction === 'in' ? '← ' : ''}${type.replace(/_/g, ' ').toLowerCase()}`;
const dayOf = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

export function renderTimeline(t: EntityTimeline, select: (key: string) => void): HTMLElement {
  const dated = t.relations.filter((r) => r.points.length > 0);
  const box = el('section', { class: 'entity-timeline' }, el('h3', {}, 'Timeline'));
  if (!t.first || !t.last || dated.length === 0) {
    box.append(el('p', { class: 'aliases' }, 'No dated evidence.'));
    return box;
  }
  const firstYear = Number(t.first.slice(0, 4));
  const lastYear = Number(t.last.slice(0, 4));
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const at = (date: string) => `${(100 * (dayOf(date) - start)) / (end - start)}%`;
  const detail = el('div', { class: 'timeline-detail' });
  const axis = el(
    'div',
    { class: 'timeline-axis' },
    ...Array.from({ length: lastYear - firstYear + 1 }, (_, i) =>
      el('span', { style: `left:${at(`${firstYear + i}-01-01`)}` }, String(firstYear + i)),
    ),
  );
  const rows = dated.map((r) =>
    el(
      'div',
      { class: 'timeline-row', 'data-type': r.type, 'data-other': r.other.key },
      el(
        'div',
        { class: 'timeline-label', title: `${label(r.type, r.direction)} ${r.other.name}` },
        `${label(r.type, r.direction)} `,
        el('span', { class: 'who', onclick: () => select(r.other.key) }, r.other.name),
      ),
      el(
        'div',
        { class: 'timeline-track' },
        ...r.points.map((p) =>
          el('button', {
            type: 'button',
            class: 'timeline-dot',
            style: `left:${at(p.date)};background:${relationColor(r.type)}`,
            title: `${p.date}: ${p.evidence.sentence}`,
            'aria-label': `${label(r.type, r.direction)} ${r.other.name}, ${p.date}`,
            onclick: () =>
              detail.replaceChildren(el('h4', {}, p.date), evidenceList([p.evidence], [r.other.name])),
          }),
        ),
      ),
    ),
  );
  box.append(axis, ...rows, detail);
  const undated = t.relations.reduce((n, r) => n + r.undated, 0);
  if (undated)
    box.append(el('p', { class: 'aliases' }, `${undated} pieces of evidence come from undated articles.`));
  return box;
}

export async function entityTimeline(key: string, select: (key: string) => void): Promise<HTMLElement> {
  return renderTimeline(await api.timeline(key), select);
}
