// The selected entity: type, aliases, articles, and relations grouped by type with evidence.
import { api, type EntityDetail, type EntityRelation } from '../api-client.ts';
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
  const groups = new Map<string, EntityRelation[]>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  const names = [entity.name, ...entity.aliases];
  const relationRow = (r: EntityRelation) =>
    el(
      'div',
      { class: 'relation', 'data-independent': String(r.attribution?.independentSources ?? 1) },
      el('span', {}, r.direction === 'out' ? '→ ' : '← '),
      el('span', { class: 'who', onclick: () => actions.select(r.other.key) }, r.other.name),
      r.properties.title ? el('span', { class: 'aliases' }, ` (${String(r.properties.title)})`) : null,
      r.properties.seat ? el('span', { class: 'aliases' }, ` seat: ${String(r.properties.seat)}`) : null,
      ' ',
      attributionBadge(r.attribution),
      rejectButton(r, key, curating),
      evidenceList(r.evidence, [...names, r.other.name, ...r.other.aliases]),
      newestOf(r.evidence.length, r.evidenceCount),
    );
  // A busy entity has hundreds of relations: the view holds the strongest few of each group,
  // and the rest of a group comes on demand.
  const relationGroup = (type: string, list: EntityRelation[]) => {
    const parts = detail.relationGroups.filter((g) => g.type === type);
    const total = parts.reduce((n, g) => n + g.total, 0) || list.length;
    const heading = (shown: number) =>
      `${type.replace(/_/g, ' ').toLowerCase()} (${shown < total ? `${shown} of ${total}` : total})`;
    const title = el('h3', {}, heading(list.length));
    const rows = el('div', { class: 'relation-rows' }, ...list.map(relationRow));
    const more =
      total > list.length
        ? el(
            'button',
            {
              class: 'show-all-relations',
              onclick: async () => {
                more?.replaceChildren('Loading…');
                try {
                  const pages = await Promise.all(parts.map((g) => api.relationPage(key, type, g.direction)));
                  const all = pages.flatMap((p) => p.relations);
                  rows.replaceChildren(...all.map(relationRow));
                  title.textContent = heading(all.length);
                  more?.remove();
                } catch (err) {
                  more?.replaceChildren(`Could not load them: ${(err as Error).message}`);
                }
              },
            },
            `Show all ${total}`,
          )
        : null;
    return el('section', { class: 'relation-group', 'data-type': type }, title, rows, more);
  };
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
    ...[...groups.entries()].map(([type, list]) => relationGroup(type, list)),
    el(
      'h3',
      {},
      detail.articleTotal > articles.length
        ? `Articles (newest ${articles.length} of ${detail.articleTotal})`
        : `Articles (${articles.length})`,
    ),
    el('ul', {}, ...articles.map((a) => el('li', {}, [a.title, a.date].filter(Boolean).join(' · ')))),
  ];
  panel.replaceChildren(...children.filter((c): c is Node => c !== null));
  // The history goes under the head, where a correction just made is seen.
  const history = await curationHistory(key, curating);
  const anchor = panel.querySelector('.independent-toggle, .relation-group, h3');
  if (history && anchor?.parentNode === panel) panel.insertBefore(history, anchor);
}
