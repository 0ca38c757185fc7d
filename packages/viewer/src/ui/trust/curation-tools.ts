// Corrections from the entity panel (signed in only): rename, retype, merge into another entity,
// split some articles off, reject a relation; and the entity's curation history with undo.
import { api, type Curation, type EntityDetail, session } from '../../api-client.ts';
import { el } from '../dom.ts';

export interface CurationActions {
  /** Redraws the panel on the entity the correction left (a merge or split may change the key). */
  reload(key: string): void;
}

const field = (id: string, placeholder: string) =>
  el('input', { type: 'text', id, placeholder, autocomplete: 'off' });

function describe(c: Curation): string {
  const p = c.payload as Record<string, unknown>;
  switch (c.kind) {
    case 'merge':
      return `merged ${p.from} into ${p.into}`;
    case 'split':
      return `split ${(p.articles as string[]).length} article(s) off as "${p.name}"`;
    case 'rename':
      return `renamed to "${p.name}"`;
    case 'retype':
      return `retyped as ${p.type}`;
    default:
      return `rejected ${p.type} ${p.source} → ${p.target}`;
  }
}

export async function curationHistory(key: string, actions: CurationActions): Promise<HTMLElement | null> {
  const { curations } = await api.curations(key).catch(() => ({ curations: [] as Curation[] }));
  if (curations.length === 0) return null;
  return el(
    'section',
    { class: 'curation-history' },
    el('h3', {}, `Curation history (${curations.length})`),
    ...curations.map((c) =>
      el(
        'div',
        { class: `curation${c.undone ? ' undone' : ''}` },
        el('div', {}, `${c.at.slice(0, 16).replace('T', ' ')} · ${c.who}: ${describe(c)}`),
        el('div', { class: 'aliases' }, `why: ${c.why}${c.undone ? ` · undone by ${c.undoneBy}` : ''}`),
        !c.undone && session.token()
          ? el(
              'button',
              {
                type: 'button',
                class: 'undo',
                onclick: async () => {
                  await api.undo(c.id);
                  actions.reload(key);
                },
              },
              'Undo',
            )
          : null,
      ),
    ),
  );
}

export function curationTools(detail: EntityDetail, actions: CurationActions): HTMLElement | null {
  if (!session.token()) return null;
  const key = detail.entity.key;
  const status = el('p', { class: 'curation-status', role: 'status' });
  const why = field('curation-why', 'Why (what the sources say)…');
  const run = async (
    kind: Curation['kind'],
    body: Record<string, unknown>,
    next: (c: Curation) => string,
  ) => {
    if (!why.value.trim()) {
      status.textContent = 'Say why first: the reason is kept with the correction.';
      return;
    }
    try {
      const { curation } = await api.curate(kind, { ...body, why: why.value.trim() });
      actions.reload(next(curation));
    } catch (err) {
      status.textContent = (err as Error).message;
    }
  };
  const name = field('curation-name', 'New name');
  const into = field('curation-into', 'Merge into (entity id)');
  const splitName = field('curation-split-name', 'Name of the split-off entity');
  const picks = detail.articles.map((a) => {
    const box = el('input', { type: 'checkbox', value: a.id });
    return {
      box,
      row: el('label', { class: 'split-pick' }, box, ` ${[a.title, a.date].filter(Boolean).join(' · ')}`),
    };
  });
  return el(
    'details',
    { class: 'curation-tools', id: 'curation-tools' },
    el('summary', {}, 'Correct this entity'),
    why,
    el(
      'div',
      { class: 'tool' },
      name,
      el(
        'button',
        {
          type: 'button',
          id: 'do-rename',
          onclick: () => void run('rename', { entity: key, name: name.value }, () => key),
        },
        'Rename',
      ),
    ),
    el(
      'div',
      { class: 'tool' },
      into,
      el(
        'button',
        {
          type: 'button',
          id: 'do-merge',
          onclick: () =>
            void run('merge', { from: key, into: into.value.trim() }, (c) =>
              String((c.payload as { into: string }).into),
            ),
        },
        'Merge',
      ),
    ),
    detail.articles.length > 1
      ? el(
          'div',
          { class: 'tool split' },
          el('div', { class: 'aliases' }, 'Split: the ticked articles become another entity'),
          ...picks.map((p) => p.row),
          splitName,
          el(
            'button',
            {
              type: 'button',
              id: 'do-split',
              onclick: () =>
                void run(
                  'split',
                  {
                    entity: key,
                    name: splitName.value.trim(),
                    articles: picks.filter((p) => p.box.checked).map((p) => p.box.value),
                  },
                  (c) => String((c.payload as { newKey: string }).newKey),
                ),
            },
            'Split',
          ),
        )
      : null,
    status,
  );
}

/** A small ✕ beside a relation: rejects it (asks why in the panel's field). */
export function rejectButton(
  relation: EntityDetail['relations'][number],
  key: string,
  actions: CurationActions,
): HTMLElement | null {
  if (!session.token()) return null;
  const [source, target] =
    relation.direction === 'out' ? [key, relation.other.key] : [relation.other.key, key];
  return el(
    'button',
    {
      type: 'button',
      class: 'reject',
      title: 'Reject this relation (a curation: kept with who and why, re-applied after every ingest)',
      onclick: async () => {
        const why =
          (document.querySelector('#curation-why') as HTMLInputElement | null)?.value.trim() ||
          'rejected in the viewer';
        await api.curate('reject-relation', { type: relation.type, source, target, why });
        actions.reload(key);
      },
    },
    '✕ reject',
  );
}
