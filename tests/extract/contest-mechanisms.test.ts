// The mechanisms that read contests the way reporting states them: the contest named once in the
// headline or lead, results as "A beat B and C" or vote lines, candidacy as lists and possessives,
// backing as nouns and passives, and ties that ended. Invented text, to test each mechanism alone;
// quality on real reporting is measured on real articles (quality-floors.test.ts).
import { describe, expect, it } from 'vitest';
import { entityLines, extractText, relationLines } from '../support/extract-text.ts';

interface Case {
  name: string;
  text: string;
  has: string[];
  hasNot?: string[];
}

const article = (title: string, date: string | null, ...paragraphs: string[]) =>
  [title, ...(date ? [`date ${date}`] : []), 'source Test Wire', '', paragraphs.join('\n\n')].join('\n');

const CASES: Case[] = [
  {
    name: 'the headline states the contest; later sentences only say "the ballot"',
    text: article(
      'Bakers union elects Nora Quint as general secretary',
      '2021-06-04',
      'Nora Quint beat Idris Varga and Tamsin Reed in the ballot, which closed on Friday.',
    ),
    has: [
      'Election Bakers General Secretary election 2021',
      'CANDIDATE_IN Nora Quint -> Bakers General Secretary election 2021',
      'CANDIDATE_IN Idris Varga -> Bakers General Secretary election 2021',
      'ELECTED_IN Nora Quint -> Bakers General Secretary election 2021',
      'DEFEATED Nora Quint -> Idris Varga',
      'DEFEATED Nora Quint -> Tamsin Reed',
      'RAN_AGAINST Idris Varga -> Tamsin Reed',
      "ELECTION_OF Bakers General Secretary election 2021 -> Bakers, Food and Allied Workers' Union",
    ],
  },
  {
    name: 'a vote line is the only statement of who won',
    text: article(
      'Result in the Prospect presidential election',
      '2019-03-01',
      'Owen Lark received 5,120 votes, Petra Moss got 3,004 and Ivan Tull won 1,210.',
    ),
    has: [
      'CANDIDATE_IN Petra Moss -> Prospect President election 2019',
      'ELECTED_IN Owen Lark -> Prospect President election 2019',
      'DEFEATED Owen Lark -> Ivan Tull',
    ],
  },
  {
    name: '"saw off a challenge from", "lost to", and re-election keeps the post',
    text: article(
      'Equity general secretary re-elected',
      '2020-05-10',
      'Mina Oduya was re-elected general secretary of Equity, seeing off a challenge from Carl Benz.',
      'In the vice-president race, Joe Platt lost to Sue Dinh.',
    ),
    has: [
      'ELECTED_IN Mina Oduya -> Equity General Secretary election 2020',
      'RAN_AGAINST Mina Oduya -> Carl Benz',
      'HOLDS_POSITION Mina Oduya -> Equity',
      'DEFEATED Sue Dinh -> Joe Platt',
      'ELECTED_IN Sue Dinh -> Equity Vice-President election 2020',
    ],
  },
  {
    name: 'candidates as a colon list across semicolons, and a possessive rival',
    text: article(
      'Three in the running for CWU deputy general secretary',
      '2023-02-01',
      'Incumbent Deputy General Secretary Ann Ruiz faces two challengers: Bob Krol, a postal rep in Leeds; and Cath Ng, a telecoms organiser.',
      "Krol's rival Ng is backed by the CWU Broad Left.",
    ),
    has: [
      'CANDIDATE_IN Ann Ruiz -> CWU Deputy General Secretary election 2023',
      'CANDIDATE_IN Bob Krol -> CWU Deputy General Secretary election 2023',
      'CANDIDATE_IN Cath Ng -> CWU Deputy General Secretary election 2023',
      'RAN_AGAINST Bob Krol -> Cath Ng',
      'ENDORSED CWU Broad Left -> Cath Ng',
      'HOLDS_POSITION Ann Ruiz -> Communication Workers Union',
    ],
  },
  {
    name: 'backing as nouns, possessives and slates',
    text: article(
      'Teamsters reformers pick their slate',
      '2021-01-20',
      'Dana Holt has the backing of Teamsters for Change, while Rick Amis won the nomination of the Steady Hands slate.',
      "The Steady Hands slate is led by Rick Amis and Lou Brandt. Teamsters for Change's candidate for secretary-treasurer, Vi Sorel, is a Local 89 steward.",
    ),
    has: [
      'ENDORSED Teamsters for Change -> Dana Holt',
      'ENDORSED Steady Hands -> Rick Amis',
      'ENDORSED Steady Hands -> Lou Brandt',
      'ALLIED_WITH Rick Amis -> Lou Brandt',
      'ENDORSED Teamsters for Change -> Vi Sorel',
    ],
  },
  {
    name: 'an office before the name and a local of the union',
    text: article(
      'Unifor local leader joins the race',
      '2022-07-01',
      'The president of Oshawa-based Unifor Local 222, Jo Marr, is standing for national president.',
    ),
    has: [
      'HOLDS_POSITION Jo Marr -> Unifor Local 222',
      'PART_OF Unifor Local 222 -> Unifor',
      'CANDIDATE_IN Jo Marr -> Unifor President election 2022',
    ],
  },
  {
    name: 'a past contest mentioned in passing gets its own year',
    text: article(
      'UCU general secretary contest opens',
      '2024-01-10',
      'Rae Cole, who first won the post in 2017, is standing again. Sam Ives ran for general secretary in 2019, losing to Cole.',
    ),
    has: [
      'CANDIDATE_IN Rae Cole -> UCU General Secretary election 2024',
      'ELECTED_IN Rae Cole -> UCU General Secretary election 2019',
      'CANDIDATE_IN Sam Ives -> UCU General Secretary election 2019',
    ],
    hasNot: ['CANDIDATE_IN Sam Ives -> UCU General Secretary election 2024'],
  },
  {
    name: '"the race to succeed", a vote table, and a list of winners with a post in brackets',
    text: article(
      'PCS results',
      '2022-05-01',
      'The race to succeed Mark Serwotka as general secretary is over.',
      'Fran Heathcote (Left Unity) 20,512',
      'Marion Lloyd 9,876 (31%)',
      'Socialist Party members elected: Jane Doe (president), John Roe, Ann Poe.',
    ),
    has: [
      'CANDIDATE_IN Fran Heathcote -> PCS General Secretary election 2022',
      'ENDORSED Left Unity -> Fran Heathcote',
      'ELECTED_IN Fran Heathcote -> PCS General Secretary election 2022',
      'DEFEATED Fran Heathcote -> Marion Lloyd',
      'ELECTED_IN Jane Doe -> PCS President election 2022',
      'ELECTED_IN John Roe -> PCS National Executive election 2022',
      'MEMBER_OF Ann Poe -> Socialist Party',
    ],
  },
  {
    name: 'negated, withdrawn and ended ties give no relation',
    text: article(
      'GMB executive results',
      '2018-05-05',
      'Pat Rowe was not elected to the executive. Kim Dale withdrew from the race.',
      'Ash Moor, who left the Socialist Workers Party last year, is not backed by the SWP.',
    ),
    has: [],
    hasNot: [
      'ELECTED_IN Pat Rowe -> GMB National Executive election 2018',
      'MEMBER_OF Ash Moor -> Socialist Workers Party',
      'ENDORSED Socialist Workers Party -> Ash Moor',
      'ELECTED_IN Kim Dale -> GMB National Executive election 2018',
    ],
  },
  {
    name: 'sentence-initial words and descriptors do not join names; a byline is a person',
    text: article(
      'Firefighters choose a new leader',
      '2019-04-18',
      'Rosa Saba Business Reporter',
      'Leftwinger Matt Wrack beat Andy Gilchrist. Under Wrack the union changed. When Unity Caucus won, few noticed.',
    ),
    has: ['Person Matt Wrack', 'Person Rosa Saba', 'Faction Unity Caucus'],
    hasNot: ['Person Leftwinger Matt Wrack', 'Person Under Wrack', 'Faction When Unity Caucus'],
  },
  {
    name: 'a colon line and the numbered list under it: every name listed is a candidate',
    text: article(
      'Prospect general secretary nominations',
      '2011-09-21',
      'Three members received enough nominations to become candidates:\n  1. Owen Lark, 410 nominations\n  2. Petra Moss, 212 nominations\n  3. Ivan Tull, 97 nominations',
    ),
    has: [
      'CANDIDATE_IN Owen Lark -> Prospect General Secretary election 2011',
      'CANDIDATE_IN Petra Moss -> Prospect General Secretary election 2011',
      'CANDIDATE_IN Ivan Tull -> Prospect General Secretary election 2011',
    ],
  },
  {
    name: 'a vote table with spaced thousands; a title before a comma and the name',
    text: article(
      'Equity announces general secretary election result',
      '2017-04-21',
      'Mina Oduya has been re-elected general secretary of Equity.',
      'Votes cast were as follows:\n\nMina Oduya    59, 067\nCarl Benz     53, 544',
      'Equity acting president, Sue Dinh, said the result was clear.',
    ),
    has: [
      'CANDIDATE_IN Carl Benz -> Equity General Secretary election 2017',
      'DEFEATED Mina Oduya -> Carl Benz',
      'HOLDS_POSITION Sue Dinh -> Equity',
    ],
  },
  {
    name: 'a second predicate shares the subject; "is a Labour Party member"',
    text: article(
      'Unison general secretary re-elected',
      '2010-06-23',
      'Leo Hart was re-elected general secretary of Unison.',
      'Joe Platt, who was standing for the first time, is a Labour Party member and was backed by Unison Left Forum.',
    ),
    has: ['MEMBER_OF Joe Platt -> Labour Party', 'ENDORSED Unison Left Forum -> Joe Platt'],
  },
  {
    name: 'the contest in the very phrase wins over one named earlier; the "I" of a quotation is its speaker',
    text: article(
      'Slate adds two candidates',
      '2021-03-01',
      'The Bakers union slate added Ann Cole, who will run for vice president, and Tom Reyes, who will run as trustee.',
      '"I am endorsing Ann Cole and Tom Reyes," said Bakers union president Nora Quint.',
    ),
    has: ['ENDORSED Nora Quint -> Ann Cole', 'ENDORSED Nora Quint -> Tom Reyes'],
    hasNot: ['RAN_AGAINST Ann Cole -> Tom Reyes', 'RAN_AGAINST Tom Reyes -> Ann Cole'],
  },
  {
    name: "a relative clause with two verbs, a group of a union's members, backing someone for a post",
    text: article(
      'Left wins majority on Equity council',
      '2011-04-20',
      'Equity Left, which promotes a socialist agenda within Equity and backed Mina Oduya, won most seats. A further four seats went to Equity Now, a group based mainly amongst former Bectu members which also backed Mina Oduya.',
      'Grassroots Equity, who supported Respect member Carl Benz for general secretary, won no seats.',
    ),
    has: [
      'ENDORSED Equity Left -> Mina Oduya',
      'ENDORSED Equity Now -> Mina Oduya',
      'CANDIDATE_IN Carl Benz -> Equity General Secretary election 2011',
    ],
    hasNot: ['ENDORSED Equity -> Mina Oduya', 'ENDORSED Bectu -> Mina Oduya'],
  },
  {
    name: 'figures listed in one sentence with factions in brackets; ages are not votes',
    text: article(
      'Bakers union election results',
      '2016-05-01',
      'For the presidential race, these figures are available: Nora Quint (Bakers Left), 39,176; Idris Varga, 10,743; Tamsin Reed, 1,456.',
      'Quint, 54, and Varga, 57, will meet again.',
    ),
    has: [
      'CANDIDATE_IN Idris Varga -> Bakers President election 2016',
      'CANDIDATE_IN Tamsin Reed -> Bakers President election 2016',
      'ENDORSED Bakers Left -> Nora Quint',
    ],
  },
  {
    name: 'an acronym never defined stands for the name it spells; "to challenge X"; "seeks the VP slot"',
    text: article(
      'Reformers challenge teachers union leadership',
      '2010-10-28',
      'A reform slate led by Nathan Ames, a member of the Riverside Teachers Union, came together to challenge RTU President George Pike.',
      'His running mate Ann Cole, an RTU trustee who seeks the general VP slot, agrees.',
    ),
    has: [
      'RAN_AGAINST Nathan Ames -> George Pike',
      'HOLDS_POSITION George Pike -> Riverside Teachers Union',
      'HOLDS_POSITION Ann Cole -> Riverside Teachers Union',
      'CANDIDATE_IN Ann Cole -> RTU Vice-President election 2010',
    ],
  },
  {
    name: '"Mr X" set off by commas, "the union\'s regional secretary, X", "entered the field", "he would be a candidate"',
    text: article(
      'Two to contest Equity general secretary post',
      '1997-10-10',
      'Two senior Equity officials intend running for general secretary of the union.',
      "The union's north-east regional secretary, Mr Owen Lark, said that he would be a candidate, while the treasurer of the London branch, Ms Petra Moss, entered the field.",
    ),
    has: [
      'HOLDS_POSITION Owen Lark -> Equity',
      'CANDIDATE_IN Owen Lark -> Equity General Secretary election 1997',
      'CANDIDATE_IN Petra Moss -> Equity General Secretary election 1997',
      'RAN_AGAINST Owen Lark -> Petra Moss',
    ],
  },
  {
    name: 'a name set in capitals, a participle said of the subject, a list that is part of a known name, a victory to become',
    text: article(
      'New general secretary named',
      '2021-05-04',
      "OWEN LARK has been elected as the Bakers union's new general secretary, succeeding Nora Quint and beating senior organiser Carl Benz, who had also been a candidate.",
      'Lark, who worked for the Bakers, Food and Allied Workers union for years, thanked members.',
    ),
    has: [
      'ELECTED_IN Owen Lark -> Bakers General Secretary election 2021',
      'DEFEATED Owen Lark -> Carl Benz',
    ],
    hasNot: ['DEFEATED Nora Quint -> Carl Benz', 'Union Food', 'Union Allied Workers'],
  },
  {
    name: 'a stunning victory to become general secretary, and the vote table under it',
    text: article(
      'Owen Lark is new General Secretary',
      '2014-09-22',
      'Owen Lark has won a stunning victory to become the new General Secretary of Equity',
      'Owen Lark 8938\n\nPetra Moss 4006\n\nIvan Tull 1885',
    ),
    has: [
      'ELECTED_IN Owen Lark -> Equity General Secretary election 2014',
      'CANDIDATE_IN Ivan Tull -> Equity General Secretary election 2014',
    ],
  },
  {
    name: 'a year opening the sentence dates it; a forecast is a candidacy, not a result; "the Teachers union" names none',
    text: article(
      'Teachers union election: results in tomorrow',
      '2010-04-06',
      'There is no doubt that current union president Owen Lark of the Riverside Teachers Union will be re-elected tomorrow. In 2001, the first time former president Petra Moss ran for office, she won with 76.6 percent of the vote.',
      'With the presidential election essentially predetermined, members will focus on the executive board.',
    ),
    has: [
      'CANDIDATE_IN Owen Lark -> Riverside Teachers Union President election 2010',
      'ELECTED_IN Petra Moss -> Riverside Teachers Union President election 2001',
    ],
    hasNot: [
      'ELECTED_IN Owen Lark -> Riverside Teachers Union President election 2010',
      'RAN_AGAINST Owen Lark -> Petra Moss',
      'Union Teachers',
    ],
  },
  {
    name: 'results listed one post a line: "President: X - acclaimed"',
    text: article(
      'Delegates attend the Equity national convention',
      '2011-11-02',
      'Equity held elections at its convention. The results are as follows:',
      'President: Owen Lark - acclaimed',
      'Trustee: Petra Moss - acclaimed',
    ),
    has: [
      'ELECTED_IN Owen Lark -> Equity President election 2011',
      'ELECTED_IN Petra Moss -> Equity Trustee election 2011',
    ],
    hasNot: ['RAN_AGAINST Owen Lark -> Petra Moss'],
  },
  {
    name: 'two winners of what reads as one post are not paired by inference; bracketed qualifiers and tickets',
    text: article(
      'Equity branch results',
      '2022-09-16',
      'Owen Lark has been elected Vice President (Academic Staff) and Petra Moss has been elected Vice President (General Staff) of the Equity London Branch.',
      'Lark (Rank and File Action) defeated Ivan Tull (Thrive) to be elected.',
    ),
    has: ['DEFEATED Owen Lark -> Ivan Tull'],
    hasNot: [
      'RAN_AGAINST Owen Lark -> Petra Moss',
      'DEFEATED Owen Lark -> Petra Moss',
      'Person Thrive',
      'Person Academic Staff',
    ],
  },
];

describe('contest mechanisms', () => {
  it.each(CASES)('$name', ({ text, has, hasNot = [] }) => {
    const graph = extractText(text);
    const lines = [...relationLines(graph), ...entityLines(graph)];
    for (const line of has) expect(lines, `missing: ${line}\n${lines.join('\n')}`).toContain(line);
    for (const line of hasNot) expect(lines).not.toContain(line);
  });

  it('keeps a tie the text says ended apart from the scored relations, with its evidence', () => {
    const graph = extractText(
      article(
        'Unison NEC',
        '2022-03-01',
        'Leo Hart, who left the Socialist Party last year, is standing again.',
      ),
    );
    expect(relationLines(graph)).not.toContain('MEMBER_OF Leo Hart -> Socialist Party');
    const ended = graph.endedRelations ?? [];
    expect(ended).toHaveLength(1);
    expect(ended[0]?.evidence?.[0]?.sentence).toContain('who left the Socialist Party');
  });
});
