// An opened relation: who to whom, how much evidence and over which years, and its sentences,
// fetched when it is opened (the overview carries only the weight and first/last dates).
import { api } from '../api-client.ts';
import { el } from './dom.ts';
import { evidenceList, newestOf } from './evidence-list.ts';

export interface EdgeSummary {
  key: string;
  type: string;
  source: { key: string; label: string };
  target: { key: string; label: string };
  weight: number;
  firstDate?: string;
  lastDate?: string;
}

export async function showEdge(
  panel: HTMLElement,
  edge: EdgeSummary,
  select: (key: string) => void,
): Promise<void> {
  const years = [edge.firstDate, edge.lastDate].map((d) => d?.slice(0, 4)).filter(Boolean);
  const span = years.length
    ? ` · ${years[0] === years[1] || years.length === 1 ? years[0] : `${years[0]}–${years[1]}`}`
    : '';
  const list = el('div', { class: 'edge-evidence' }, el('p', { class: 'aliases' }, 'Loading the evidence…'));
  panel.replaceChildren(
    el(
      'h2',
      { id: 'edge-title' },
      el('a', { onclick: () => select(edge.source.key) }, edge.source.label),
      ` ${edge.type.replace(/_/g, ' ').toLowerCase()} `,
      el('a', { onclick: () => select(edge.target.key) }, edge.target.label),
    ),
    el('p', { class: 'aliases' }, `${edge.weight} piece${edge.weight === 1 ? '' : 's'} of evidence${span}`),
    list,
  );
  try {
    const reply = await api.graphEvidence(edge.key);
    list.replaceChildren(
      ...[
        newestOf(reply.evidence.length, reply.evidenceCount),
        evidenceList(reply.evidence, [edge.source.label, edge.target.label]),
      ].filter((x): x is HTMLElement => x !== null),
    );
  } catch (err) {
    list.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
  }
}
