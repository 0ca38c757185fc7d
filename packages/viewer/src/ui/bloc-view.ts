// The blocs panel: pick a union and years, colour the graph by bloc, a legend naming each bloc
// on the graph, and for each bloc its members and the evidence of the ties that hold it together.
import { ApiError, api, type BlocsReply, type EvidenceItem } from '../api-client.ts';
import { type BlocColouring, blocColor, NO_BLOC } from '../core/bloc-colours.ts';
import type { CaucusGraph } from '../core/graph-store.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import { onShown, scopeControls } from './scope-controls.ts';

type Bloc = BlocsReply['blocs'][number];
type Tie = Bloc['ties'][number];

export interface BlocViewActions {
  colouring: BlocColouring;
  refresh(): void;
  /** Dims everything but these entities (null: show all). */
  highlight(keys: Set<string> | null): void;
  select(key: string): void;
}

export interface BlocView {
  /** Called when the panel is shown: the unions on the graph may have changed. */
  shown(): void;
}

const KIND_WORDS: Record<string, string> = {
  endorsed: 'endorsed',
  'co-endorsed': 'both endorsed',
  allied: 'allied / same slate',
  member: 'member or officer',
};

function tieLine(t: Tie): string {
  const why = t.reasons
    .map((r) => `${KIND_WORDS[r.kind] ?? r.kind}${r.via ? ` ${r.via.name}` : ''}`)
    .join('; ');
  return `${t.source.name} — ${t.target.name}: ${why}`;
}

/** The evidence of a tie, each sentence once (both halves of a co-endorsement often share one). */
function tieEvidence(t: Tie): HTMLElement {
  const seen = new Set<string>();
  const items: EvidenceItem[] = [];
  for (const r of t.reasons)
    for (const rel of r.relations)
      for (const e of rel.evidence) {
        const id = `${e.articleId}:${e.sentenceStart}`;
        if (!seen.has(id)) items.push(e);
        seen.add(id);
      }
  const names = [t.source.name, t.target.name, ...t.reasons.flatMap((r) => (r.via ? [r.via.name] : []))];
  return evidenceList(items, names);
}

export function renderBlocView(
  panel: HTMLElement,
  legendHost: HTMLElement,
  graph: CaucusGraph,
  actions: BlocViewActions,
): BlocView {
  let reply: BlocsReply | null = null;
  const status = el('p', { class: 'aliases', id: 'bloc-status' });
  const list = el('div', { id: 'bloc-list' });
  const legend = el('div', { id: 'bloc-legend', class: 'bloc-legend', hidden: true });
  legendHost.append(legend);
  const colour = el('input', {
    type: 'checkbox',
    id: 'bloc-colour',
    checked: true,
    onchange: () => paint(),
  }) as HTMLInputElement;
  const scope = scopeControls(graph, 'bloc', () => void load());

  const paint = () => {
    const on = colour.checked && reply !== null;
    const blocOf = new Map<string, number>();
    for (const b of reply?.blocs ?? []) for (const m of b.members) blocOf.set(m.key, b.id);
    const heads = new Set((reply?.blocs ?? []).slice(0, 12).map((b) => b.namedAfter.key));
    actions.colouring.apply(on ? blocOf : null, heads);
    legend.hidden = !on;
    actions.refresh();
  };
  const focus = (b: Bloc | null) => {
    actions.highlight(b ? new Set(b.members.map((m) => m.key)) : null);
    for (const card of list.querySelectorAll<HTMLElement>('.bloc'))
      card.classList.toggle('focused', b !== null && card.dataset.bloc === String(b.id));
  };
  const card = (b: Bloc) =>
    el(
      'section',
      { class: 'bloc', 'data-bloc': String(b.id) },
      el(
        'h3',
        { class: 'bloc-name', onclick: () => focus(b) },
        el('span', { class: 'swatch', style: `background:${blocColor(b.id)}` }),
        `${b.name} `,
        el('span', { class: 'count' }, `${b.size}`),
      ),
      el(
        'p',
        { class: 'members' },
        ...b.members
          .slice(0, 12)
          .flatMap((m, i) => [
            i ? ', ' : '',
            el('span', { class: 'who', onclick: () => actions.select(m.key) }, m.name),
          ]),
        b.members.length > 12 ? ` and ${b.members.length - 12} more` : '',
      ),
      b.ties.length ? el('div', { class: 'aliases' }, 'What holds it together:') : null,
      ...b.ties.map((t) =>
        el('div', { class: 'relation tie' }, el('div', { class: 'tie-line' }, tieLine(t)), tieEvidence(t)),
      ),
    );

  async function load(): Promise<void> {
    status.textContent = 'Finding blocs…';
    try {
      reply = await api.blocs(scope.value());
    } catch (err) {
      reply = null;
      status.textContent = '';
      list.replaceChildren(el('p', { class: 'error' }, err instanceof ApiError ? err.message : String(err)));
      paint();
      return;
    }
    const r = reply;
    status.textContent = `${r.blocs.length} bloc(s) among ${r.nodeCount} entities and ${r.tieCount} ties (modularity ${r.modularity}).`;
    list.replaceChildren(
      ...(r.blocs.length ? r.blocs.map(card) : [el('p', {}, 'No endorsements or alliances in this scope.')]),
    );
    const shown = r.blocs.slice(0, 12);
    legend.replaceChildren(
      el('strong', {}, 'Blocs'),
      ...shown.map((b) =>
        el(
          'button',
          { type: 'button', class: 'legend-bloc', 'data-bloc': String(b.id), onclick: () => focus(b) },
          el('span', { class: 'swatch', style: `background:${blocColor(b.id)}` }),
          b.name,
        ),
      ),
      r.blocs.length > shown.length
        ? el('span', { class: 'aliases' }, `+${r.blocs.length - shown.length} smaller blocs`)
        : '',
      el(
        'span',
        { class: 'aliases' },
        el('span', { class: 'swatch', style: `background:${NO_BLOC}` }),
        ' in no bloc',
      ),
    );
    focus(null);
    paint();
  }

  panel.replaceChildren(
    el('h2', {}, 'Blocs'),
    el(
      'p',
      { class: 'aliases' },
      'Groups that act together: factions, parties and people tied by endorsing the same candidates, alliances and slates, and membership, weighted by evidence (Louvain communities, seeded so they are stable). Each bloc is named by its most central faction or party.',
    ),
    scope.element,
    el('label', { class: 'inline' }, colour, ' colour the graph by bloc'),
    status,
    list,
  );
  return { shown: onShown(scope, load) };
}
