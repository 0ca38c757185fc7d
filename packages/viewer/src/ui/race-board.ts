// The race board of one election: its union, post and year, then every candidate with result,
// figures and backers. Each line opens the sentence it was read from.
import { api, type RaceBoard, type RaceCandidate } from '../api-client.ts';
import { colorOf } from '../core/palette.ts';
import { openArticle } from './article-view.ts';
import { el } from './dom.ts';
import { entityLink, evidenceLine } from './evidence-line.ts';

const number = new Intl.NumberFormat('en-GB');

function candidateCard(c: RaceCandidate, select: (key: string) => void): HTMLElement {
  const names = [c.person.name, ...c.person.aliases];
  const card = el(
    'section',
    { class: 'race-candidate', 'data-key': c.person.key, 'data-result': c.result ?? 'unknown' },
    el(
      'div',
      { class: 'race-head' },
      entityLink(c.person.name, c.person.key, select),
      el('span', { class: `result result-${c.result ?? 'unknown'}` }, c.result ?? 'no result reported'),
    ),
    evidenceLine('candidacy', [`stood${c.seat ? ` for ${c.seat}` : ''}`], c.candidacyEvidence, names),
  );
  if (c.result)
    card.append(
      evidenceLine(
        'result',
        [c.resultBasis === 'stated' ? c.result : `${c.result}: ${c.resultBasis}`],
        c.resultEvidence,
        names,
      ),
    );
  if (c.votes)
    card.append(evidenceLine('votes', [`${number.format(c.votes.value)} votes`], [c.votes.evidence], names));
  if (c.share)
    card.append(evidenceLine('share', [`${c.share.value}% of the vote`], [c.share.evidence], names));
  for (const e of c.endorsers)
    card.append(
      evidenceLine(
        'endorser',
        [
          'backed by ',
          el('span', { class: 'swatch', style: `background:${colorOf(e.entity.type)}` }),
          ' ',
          entityLink(e.entity.name, e.entity.key, select),
        ],
        e.evidence,
        [...names, e.entity.name, ...e.entity.aliases],
      ),
    );
  return card;
}

export function renderRaceBoard(board: RaceBoard, select: (key: string) => void): HTMLElement {
  const { election, candidates, articles } = board;
  const facts = [
    election.union ? entityLink(election.union.name, election.union.key, select) : null,
    election.post,
    election.year ? String(election.year) : 'year not given',
  ].filter((x): x is HTMLElement | string => !!x);
  return el(
    'div',
    { class: 'race-board', 'data-key': election.key },
    el(
      'div',
      { class: 'entity-head' },
      el('h2', { id: 'entity-name' }, election.name),
      el('span', { class: 'badge', style: `background:${colorOf('Election')}` }, 'Election'),
    ),
    el('p', { class: 'race-facts' }, ...facts.flatMap((f, i) => (i ? [' · ', f] : [f]))),
    el('h3', {}, `Candidates (${candidates.length})`),
    candidates.length
      ? el('div', { class: 'race-candidates' }, ...candidates.map((c) => candidateCard(c, select)))
      : el('p', { class: 'aliases' }, 'No candidate is named in the articles.'),
    el('p', { class: 'aliases' }, 'Click a line to read the sentence it comes from.'),
    el('h3', {}, `Reported in (${articles.length})`),
    el(
      'ul',
      { class: 'race-articles' },
      ...articles.map((a) =>
        el(
          'li',
          {},
          el('a', { onclick: () => void openArticle(a.id) }, a.title ?? a.id),
          a.date ? ` · ${a.date}` : '',
        ),
      ),
    ),
  );
}

export async function showRaceBoard(
  panel: HTMLElement,
  key: string,
  select: (key: string) => void,
): Promise<void> {
  panel.replaceChildren(el('p', { class: 'aliases' }, 'Loading the race board…'));
  try {
    panel.replaceChildren(renderRaceBoard(await api.election(key), select));
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error' }, (err as Error).message));
  }
}
