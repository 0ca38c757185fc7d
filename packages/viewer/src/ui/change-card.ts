// One changed allegiance: what it says, and both sides with their dates and sentences.
import type { ChangeFlag } from '../api-client.ts';
import { el } from './dom.ts';
import { evidenceLine } from './evidence-line.ts';

const TYPE_LABELS: Record<ChangeFlag['type'], string> = {
  'stood-against-own-party': 'Stood against own party',
  'endorsed-former-opponent': 'Endorsed a former opponent',
  'backers-changed': 'Backers changed',
  'tie-ended': 'Tie ended',
};

export function changeCard(flag: ChangeFlag, onShow: (flag: ChangeFlag) => void): HTMLElement {
  const names = [flag.subject.name, flag.before.entity.name, flag.after.entity.name];
  const side = (which: 'before' | 'after') => {
    const s = flag[which];
    const when = s.date ? s.date.slice(0, 4) : 'undated';
    const what = `${s.said}${s.election ? ` in ${s.election.name}` : ''}`;
    return evidenceLine(
      which,
      [el('strong', {}, `${which === 'before' ? 'Before' : 'After'} (${when}): `), what],
      s.evidence,
      names,
    );
  };
  return el(
    'article',
    { class: 'change-card', 'data-type': flag.type, 'data-id': flag.id },
    el(
      'div',
      { class: 'change-head' },
      el('span', { class: 'kind' }, `⚑ ${TYPE_LABELS[flag.type]}`),
      el('button', { type: 'button', class: 'change-show', onclick: () => onShow(flag) }, 'Show on graph'),
    ),
    el('p', { class: 'change-summary' }, flag.summary),
    side('before'),
    side('after'),
  );
}
