// A union's contests by year, each opening its race board.
import { api } from '../api-client.ts';
import { el } from './dom.ts';

export async function unionContests(unionKey: string, select: (key: string) => void): Promise<HTMLElement> {
  const { elections } = await api.elections(unionKey);
  const byYear = new Map<string, typeof elections>();
  for (const e of elections) {
    const year = e.year ? String(e.year) : 'Year not given';
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }
  return el(
    'section',
    { class: 'union-contests' },
    el('h3', {}, `Contests (${elections.length})`),
    ...[...byYear.entries()].map(([year, list]) =>
      el(
        'div',
        { class: 'contest-year' },
        el('h4', {}, year),
        ...list.map((e) =>
          el(
            'div',
            {
              class: 'contest',
              'data-key': e.key,
              role: 'button',
              tabindex: '0',
              onclick: () => select(e.key),
            },
            el('span', { class: 'who' }, e.post ?? e.name),
            el(
              'span',
              { class: 'aliases' },
              ` · ${e.candidateCount} candidate${e.candidateCount === 1 ? '' : 's'}`,
              e.winners.length ? ` · won by ${e.winners.join(', ')}` : '',
            ),
          ),
        ),
      ),
    ),
  );
}
