// A line that opens the sentences behind it: click (or Enter) shows its evidence below it,
// click again hides it. Every line of the race board and of a change flag is one of these.
import type { EvidenceItem } from '../api-client.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';

export function evidenceLine(
  kind: string,
  content: (Node | string)[],
  evidence: EvidenceItem[],
  names: string[] = [],
): HTMLElement {
  const box = el('div', { class: 'evidence-line', 'data-kind': kind });
  const toggle = () => {
    const open = box.querySelector('.evidence-list');
    if (open) open.remove();
    else
      box.append(
        evidence.length ? evidenceList(evidence, names) : el('p', { class: 'aliases' }, 'No sentence.'),
      );
    line.setAttribute('aria-expanded', String(!open));
  };
  const line = el(
    'div',
    {
      class: 'line',
      role: 'button',
      tabindex: '0',
      'aria-expanded': 'false',
      title: 'Show the sentence',
      onclick: (e: Event) => {
        if ((e.target as HTMLElement).closest('a, .who')) return; // names and links act on their own
        toggle();
      },
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === 'Enter') toggle();
      },
    },
    ...content,
  );
  box.append(line);
  return box;
}

/** A name that selects its entity when clicked. */
export function entityLink(name: string, key: string, select: (key: string) => void): HTMLElement {
  return el(
    'span',
    {
      class: 'who',
      onclick: (e: Event) => {
        e.stopPropagation();
        select(key);
      },
    },
    name,
  );
}
