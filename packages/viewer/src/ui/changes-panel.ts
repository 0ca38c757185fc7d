// The Changes tab: every changed allegiance, newest first, each with both sides' evidence.
import { api, type ChangeFlag } from '../api-client.ts';
import { changeCard } from './change-card.ts';
import { el } from './dom.ts';

/** Loads the flags, fills the panel, and returns the keys of the entities whose allegiance changed. */
export async function renderChangesPanel(
  panel: HTMLElement,
  onShow: (flag: ChangeFlag) => void,
): Promise<Set<string>> {
  panel.replaceChildren(el('p', { class: 'aliases' }, 'Looking for changed allegiances…'));
  try {
    const { changes, truncated } = await api.changes();
    panel.replaceChildren(
      el('h2', {}, `Changed allegiances (${changes.length}${truncated ? '+' : ''})`),
      el(
        'p',
        { class: 'aliases' },
        'Read from dated evidence: each side is stated in an article. A tie that is simply not mentioned again is not a change. Flagged entities carry ⚑ on the graph.',
      ),
      ...[...changes].reverse().map((f) => changeCard(f, onShow)),
    );
    return new Set(changes.map((f) => f.subject.key));
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
    return new Set();
  }
}

/** The flags naming one entity, for its panel; null when there are none. */
export async function entityChanges(
  key: string,
  onShow: (flag: ChangeFlag) => void,
): Promise<HTMLElement | null> {
  const { changes } = await api.changes(key);
  if (!changes.length) return null;
  return el(
    'section',
    { class: 'entity-changes' },
    el('h3', {}, `Changed allegiances (${changes.length})`),
    ...changes.map((f) => changeCard(f, onShow)),
  );
}
