// The selected entity: type, aliases, articles, and relations grouped by type with evidence.
import { api, type EntityDetail } from '../api-client.ts';
import { colorOf } from '../core/palette.ts';
import { el } from './dom.ts';
import { evidenceList, newestOf } from './evidence-list.ts';
import { attributionBadge } from './trust/attribution-badge.ts';
import { curationHistory, curationTools, rejectButton } from './trust/curation-tools.ts';
import { whyOneEntity } from './trust/why-one-entity.ts';

export interface SidePanelActions {
  select(key: string): void;
  expand(key: string): void;
}

export async function showEntity(panel: HTMLElement, key: string, actions: SidePanelActions): Promise<void> {
  panel.replaceChildren(el('p', { class: 'aliases' }, 'Loading…'));
  let detail: EntityDetail;
  try {
    detail = await api.entity(key);
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
    return;
  }
  const { entity, relations, articles } = detail;
  const curating = { reload: (k: string) => actions.select(k) };
  // Only relations some independent (non-partisan) source supports; the others are hidden.
  const independentOnly = el('input', {
    type: 'checkbox',
    id: 'independent-only',
    onchange: (e: Event) =>
      panel.classList.toggle('independent-only', (e.target as HTMLInputElement).checked),
  });
  const groups = new Map<string, EntityDetail['relations']>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  const children: (Node | null)[] = [
    el(
      'div',
      { class: 'entity-head' },
      el('h2', { id: 'entity-name' }, entity.name),
      el('span', { class: 'badge', style: `background:${colorOf(entity.type)}` }, entity.type),
    ),
    entity.aliases.length ? el('p', { class: 'aliases' }, `Also: ${entity.aliases.join(', ')}`) : null,
    whyOneEntity(detail.merges),
    el('button', { onclick: () => actions.expand(key) }, 'Expand neighbours'),
    curationTools(detail, curating),
    relations.length
      ? el(
          'label',
          { class: 'independent-toggle' },
          independentOnly,
          ' only relations with independent support',
        )
      : null,
    ...[...groups.entries()].map(([type, list]) =>
      el(
        'section',
        { class: 'relation-group', 'data-type': type },
        el('h3', {}, `${type.replace(/_/g, ' ').toLowerCase()} (${list.length})`),
        ...list.map((r) =>
          el(
            'div',
            { class: 'relation', 'data-independent': String(r.attribution?.independentSources ?? 1) },
            el('span', {}, r.direction === 'out' ? '→ ' : '← '),
            el('span', { class: 'who', onclick: () => actions.select(r.other.key) }, r.other.name),
            r.properties.title ? el('span', { class: 'aliases' }, ` (${String(r.properties.title)})`) : null,
            r.properties.seat
              ? el('span', { class: 'aliases' }, ` seat: ${String(r.properties.seat)}`)
              : null,
            ' ',
            attributionBadge(r.attribution),
            rejectButton(r, key, curating),
            evidenceList(r.evidence, [entity.name, ...entity.aliases, r.other.name, ...r.other.aliases]),
            newestOf(r.evidence.length, r.evidenceCount),
          ),
        ),
      ),
    ),
    el('h3', {}, `Articles (${articles.length})`),
    el('ul', {}, ...articles.map((a) => el('li', {}, [a.title, a.date].filter(Boolean).join(' · ')))),
  ];
  panel.replaceChildren(...children.filter((c): c is Node => c !== null));
  // The history goes under the head, where a correction just made is seen.
  const history = await curationHistory(key, curating);
  const anchor = panel.querySelector('.independent-toggle, .relation-group, h3');
  if (history && anchor?.parentNode === panel) panel.insertBefore(history, anchor);
}
