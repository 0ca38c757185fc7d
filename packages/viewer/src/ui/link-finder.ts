// Pick two entities (say a faction and a candidate): their links from /api/links and the shortest
// paths from /api/paths, each explained in words with evidence, highlighted on the graph.
import { api, type EntitySummary, type ExplainedPath } from '../api-client.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import { attachSearch } from './search-box.ts';
import { attributionBadge } from './trust/attribution-badge.ts';

export interface LinkFinderActions {
  show(paths: ExplainedPath[]): Promise<void>;
}

export function renderLinkFinder(panel: HTMLElement, actions: LinkFinderActions): void {
  const picked: { from: EntitySummary | null; to: EntitySummary | null } = { from: null, to: null };
  const results = el('div', { id: 'link-results' });
  const picker = (slot: 'from' | 'to', placeholder: string) => {
    const input = el('input', { type: 'search', placeholder, id: `link-${slot}`, autocomplete: 'off' });
    const list = el('ul', { role: 'listbox', hidden: true });
    attachSearch(input, list, (entity) => {
      picked[slot] = entity;
    });
    return el('div', { class: 'search' }, input, list);
  };
  const run = async () => {
    if (!picked.from || !picked.to) {
      results.replaceChildren(el('p', { class: 'error' }, 'Pick both entities from the suggestions first.'));
      return;
    }
    results.replaceChildren(el('p', { class: 'aliases' }, 'Searching…'));
    const [links, paths] = await Promise.all([
      api.links(picked.from.key, picked.to.key),
      api.paths(picked.from.key, picked.to.key),
    ]);
    const items: (ExplainedPath & { kind: string })[] = [
      ...links.links,
      ...paths.paths.map((p) => ({ ...p, kind: 'shortest-path' })),
    ];
    const seen = new Set<string>();
    const unique = items.filter((p) => {
      const id = p.edges.map((e) => `${e.source}|${e.type}|${e.target}`).join('/');
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (unique.length === 0) {
      results.replaceChildren(
        el('p', {}, `No connection found between ${picked.from.name} and ${picked.to.name}.`),
      );
      return;
    }
    results.replaceChildren(
      el(
        'p',
        { class: 'aliases' },
        `${unique.length} connection(s), strongest first. Click one to highlight it.`,
      ),
      ...unique.map((p) =>
        el(
          'div',
          { class: 'link-result', onclick: () => void actions.show([p]) },
          el('div', { class: 'kind' }, p.kind.replace(/-/g, ' ')),
          el('div', { class: 'sentence' }, p.sentence),
          ...p.edges.flatMap((e) => [
            attributionBadge(e.attribution) ?? '',
            evidenceList(
              e.evidence,
              p.nodes
                .filter((n) => n.key === e.source || n.key === e.target)
                .flatMap((n) => [n.name, ...n.aliases]),
            ),
          ]),
        ),
      ),
    );
    await actions.show(unique);
  };
  panel.replaceChildren(
    el('h2', {}, 'Link finder'),
    el('p', { class: 'aliases' }, 'How is this faction linked to that candidate?'),
    el(
      'div',
      { class: 'picker' },
      picker('from', 'Faction, party or person…'),
      picker('to', 'Candidate or entity…'),
      el('button', { id: 'link-go', onclick: () => void run() }, 'Find links'),
    ),
    results,
  );
}
