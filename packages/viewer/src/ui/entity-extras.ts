// What the side panel adds by entity type: an election's race board (in place of the generic
// panel), a union's contests by year, a person's or body's timeline and changed allegiances.
import type { ChangeFlag } from '../api-client.ts';
import { entityChanges } from './changes-panel.ts';
import { entityTimeline } from './entity-timeline.ts';
import { showRaceBoard } from './race-board.ts';
import { type SidePanelActions, showEntity } from './side-panel.ts';
import { unionContests } from './union-contests.ts';

export interface PanelActions extends SidePanelActions {
  showChange(flag: ChangeFlag): void;
}

const TIMELINE_TYPES = new Set(['Person', 'Faction', 'Party', 'Union', 'Organisation']);

export async function showEntityPanel(
  panel: HTMLElement,
  key: string,
  type: string | undefined,
  actions: PanelActions,
): Promise<void> {
  if (type === 'Election') return showRaceBoard(panel, key, actions.select);
  await showEntity(panel, key, actions);
  // Sections go after the head and its buttons, before the relation groups.
  const anchor = panel.querySelector('.relation-group, h3');
  const sections = await Promise.all([
    type === 'Union' ? unionContests(key, actions.select) : null,
    TIMELINE_TYPES.has(type ?? '') ? entityChanges(key, actions.showChange) : null,
    TIMELINE_TYPES.has(type ?? '') ? entityTimeline(key, actions.select) : null,
  ]).catch(() => []);
  // Another selection may have redrawn the panel meanwhile: then these sections are stale.
  if (anchor && anchor.parentNode !== panel) return;
  for (const s of sections) if (s) panel.insertBefore(s, anchor);
}
