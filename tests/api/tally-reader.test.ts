// The race board's reading of votes, shares and withdrawals from sentences (no database): figures
// go to the candidate the sentence gives them to, and margins, turnouts and other years do not.
import { readTallies } from '@caucus/api';
import { describe, expect, it } from 'vitest';

/** One sentence; candidates are named by the given words (every occurrence). */
function read(text: string, names: Record<string, string[]>, year: number | null = 2019) {
  const candidates = Object.entries(names).map(([key, words]) => ({
    key,
    spans: words.flatMap((w) =>
      [...text.matchAll(new RegExp(w, 'g'))].map(
        (m) => [m.index ?? 0, (m.index ?? 0) + w.length] as [number, number],
      ),
    ),
  }));
  return readTallies([{ start: 0, end: text.length, text }], candidates, year).map((f) =>
    `${f.key} ${f.kind} ${f.value ?? ''} «${text.slice(f.start, f.end)}»`.trim(),
  );
}

describe('readTallies', () => {
  it('reads a list of vote counts, bare numbers included when the sentence is about votes', () => {
    expect(
      read(
        'McCluskey won 59,067 votes, right wing senior official Gerard Coyne got 53,544 and rank and file socialist Ian Allinson won 17,143.',
        {
          m: ['McCluskey'],
          c: ['Gerard Coyne'],
          a: ['Ian Allinson'],
        },
      ),
    ).toEqual(['m votes 59067 «59,067 votes»', 'c votes 53544 «53,544»', 'a votes 17143 «17,143»']);
  });

  it('splits "X defeated Y by A votes to B" and "ahead of Y, …, 64% to 36%" between the two', () => {
    expect(
      read(
        'In the final round of votes Courtney defeated the “Broadly Speaking” candidate Martin Reed by 20,848 votes to 18,236.',
        {
          c: ['Courtney'],
          r: ['Martin Reed'],
        },
      ),
    ).toEqual(['c votes 20848 «20,848 votes»', 'r votes 18236 «18,236»']);
    expect(
      read(
        'Margaret Mock was ahead of incumbent Frank Stuglin, a Curry Solidarity Team candidate, roughly 64% to 36%.',
        {
          m: ['Margaret Mock'],
          s: ['Frank Stuglin'],
        },
      ),
    ).toEqual(['m share 64 «64%»', 's share 36 «36%»']);
  });

  it('reads possessives, appositions, "elected with" and a share after a count', () => {
    expect(read("He polled 7,259 votes to Mr Wrack's 12,883.", { w: ['Wrack'] })).toEqual([
      'w votes 12883 «12,883»',
    ]);
    expect(
      read('Mulgrew, the Unity Caucus candidate, received 38,591 votes, or 86.2 percent of the votes cast.', {
        m: ['Mulgrew'],
      }),
    ).toEqual(['m votes 38591 «38,591 votes»', 'm share 86.2 «86.2 percent»']);
    expect(read('Okafor was elected with 58 per cent of the vote.', { o: ['Okafor'] })).toEqual([
      'o share 58 «58 per cent»',
    ]);
    expect(
      read(
        'The third candidate, Hazel Danson of the Campaign for a Democratic and Fighting Union (CDFU), won 8,064 first preference votes.',
        {
          d: ['Hazel Danson'],
        },
      ),
    ).toEqual(['d votes 8064 «8,064 first preference votes»']);
  });

  it('gives the subject the share of a trailing clause, and the opponent no margin', () => {
    expect(
      read(
        'Sally Hunt has been re-elected after defeating her only opponent Mark Campbell by a margin of 6,835 votes and gaining 73 per cent of the ballots cast.',
        {
          h: ['Sally Hunt'],
          c: ['Mark Campbell'],
        },
      ),
    ).toEqual(['h share 73 «73 per cent»']);
  });

  it('reads no turnout, no share of a name in object position, and nothing about another year', () => {
    expect(
      read('Rahman, a Communist Party of Britain member, was re-elected on a turnout of 9%.', {
        r: ['Rahman'],
      }),
    ).toEqual([]);
    expect(
      read('Fred led the slate, narrowly losing to Hoffa with 49% of the vote.', { h: ['Hoffa'] }),
    ).toEqual([]);
    expect(read('In 2016 Hoffa won 52% of the vote.', { h: ['Hoffa'] }, 2021)).toEqual([]);
    expect(read('Sally Hunt won by 1,346 votes.', { h: ['Sally Hunt'] })).toEqual([]);
  });

  it('reads a withdrawal, but not a refusal to withdraw', () => {
    expect(
      read('A third candidate, Sam Reilly, withdrew from the race in March.', { r: ['Sam Reilly'] }),
    ).toEqual(['r withdrew  «withdrew»']);
    expect(read('Sam Reilly has pulled out of the contest.', { r: ['Sam Reilly'] })).toEqual([
      'r withdrew  «pulled out»',
    ]);
    expect(read('Sam Reilly refused to withdraw.', { r: ['Sam Reilly'] })).toEqual([]);
    expect(read('Sam Reilly did not withdraw.', { r: ['Sam Reilly'] })).toEqual([]);
  });
});
