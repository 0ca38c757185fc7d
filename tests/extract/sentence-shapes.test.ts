// The extractor on sentences of many shapes, about unions and people that no rule names.
import { describe, expect, it } from 'vitest';
import { entityLines, extractText, relationLines } from '../support/extract-text.ts';

interface Case {
  name: string;
  text: string;
  has: string[];
  hasNot?: string[];
}

const dated = (body: string) => `date 2022-03-10\n\n${body}`;

const CASES: Case[] = [
  {
    name: 'pre-modifier office and membership',
    text: 'Unison Action convenor Bridget Fane and SWP member Omar Idris spoke at the rally.',
    has: ['HOLDS_POSITION Bridget Fane -> Unison Action', 'MEMBER_OF Omar Idris -> Socialist Workers Party'],
  },
  {
    name: 'apposition with a party member',
    text: 'Carys Lloyd, a Plaid Cymru member, addressed the conference of the Fire Brigades Union.',
    has: ['MEMBER_OF Carys Lloyd -> Plaid Cymru'],
  },
  {
    name: 'apposition with a title of a body',
    text: "Declan Moriarty, general secretary of the Teachers' Union of Ireland, welcomed the result.",
    has: ["HOLDS_POSITION Declan Moriarty -> Teachers' Union of Ireland"],
  },
  {
    name: 'passive endorsement with a list',
    text: dated(
      'Nadia Shah is being backed by several groups, including Grassroots Left, the Workers Power group and Unison Action.',
    ),
    has: [
      'ENDORSED Grassroots Left -> Nadia Shah',
      'ENDORSED Unison Action -> Nadia Shah',
      'ENDORSED Workers Power -> Nadia Shah',
    ],
  },
  {
    name: 'active endorsement',
    text: 'The Independent Left has endorsed Gwen Pritchard for the post.',
    has: ['ENDORSED Independent Left -> Gwen Pritchard'],
  },
  {
    name: 'negated endorsement gives no edge',
    text: 'Gwen Pritchard is not backed by the Independent Left, her office said.',
    has: [],
    hasNot: ['ENDORSED Independent Left -> Gwen Pritchard'],
  },
  {
    name: 'denied membership gives no edge',
    text: 'Rhys Bevan denied being a member of the Socialist Party.',
    has: [],
    hasNot: ['MEMBER_OF Rhys Bevan -> Socialist Party'],
  },
  {
    name: 'copula membership',
    text: 'Rhys Bevan is a long-standing member of the Communist Party of Britain.',
    has: ['MEMBER_OF Rhys Bevan -> Communist Party of Britain'],
  },
  {
    name: 'elected with a seat, and re-elected',
    text: dated(
      'In the Unison National Executive elections, Paula Greaves was elected for the South West. Tariq Mahmood was re-elected in Yorkshire.',
    ),
    has: [
      'ELECTED_IN Paula Greaves -> Unison National Executive election 2022',
      'CANDIDATE_IN Tariq Mahmood -> Unison National Executive election 2022',
      'ELECTION_OF Unison National Executive election 2022 -> Unison',
    ],
  },
  {
    name: 'defeated, and lost to',
    text: dated(
      'In the GMB general secretary election, Ellen Marsh defeated Victor Hale. Earlier, Sam Okoro lost to Victor Hale in a regional contest.',
    ),
    has: [
      'DEFEATED Ellen Marsh -> Victor Hale',
      'RAN_AGAINST Ellen Marsh -> Victor Hale',
      'DEFEATED Victor Hale -> Sam Okoro',
    ],
  },
  {
    name: 'challenged by a slate',
    text: dated(
      'In the Unite Executive Council elections, sitting member Ivy Chen is being challenged by a slate made up of Lena Kovacs and Hugh Barr.',
    ),
    has: [
      'RAN_AGAINST Ivy Chen -> Lena Kovacs',
      'RAN_AGAINST Ivy Chen -> Hugh Barr',
      'ALLIED_WITH Lena Kovacs -> Hugh Barr',
    ],
  },
  {
    name: 'pronoun subject',
    text: dated('Marta Silva is standing for president of the CWU. She is backed by the CWU Broad Left.'),
    has: [
      'ENDORSED CWU Broad Left -> Marta Silva',
      'CANDIDATE_IN Marta Silva -> CWU President election 2022',
    ],
  },
  {
    name: 'short names resolve to the full name',
    text: 'Ms Okonkwo spoke first. Adaeze Okonkwo, the FBU Left convenor, then answered questions; Okonkwo said little.',
    has: ['HOLDS_POSITION Adaeze Okonkwo -> FBU Left'],
    hasNot: ['Person Okonkwo'],
  },
  {
    name: 'acronym tied to its expansion',
    text: 'The Rank and File Educators Network (RAFEN) is active in the EIS. RAFEN convenor Morag Kerr said so.',
    has: ['HOLDS_POSITION Morag Kerr -> Rank and File Educators Network'],
  },
  {
    name: 'merger',
    text: 'The Connect union merged with Prospect to form a new body? No: Amicus and the TGWU merged to form Unite in 2007.',
    has: ['MERGED_INTO Amicus -> Unite', "MERGED_INTO Transport and General Workers' Union -> Unite"],
  },
  {
    name: 'section of a union',
    text: 'She leads the ATL section of the National Education Union.',
    has: ['PART_OF Association of Teachers and Lecturers -> National Education Union'],
  },
  {
    name: 'faction set up to counter another',
    text: 'Members First was set up in 2015 to counter the influence of the Broad Left in the union.',
    has: ['OPPOSES Members First -> Broad Left'],
  },
  {
    name: 'alliance between factions',
    text: 'The Broad Left and Members First have formed an alliance for the elections.',
    has: ['ALLIED_WITH Broad Left -> Members First'],
  },
  {
    name: 'party office implies membership',
    text: dated('Okafor is supported by Labour MP Dawn Ritchie in the Unite general secretary election.'),
    has: ['MEMBER_OF Dawn Ritchie -> Labour Party'],
    hasNot: ['ENDORSED Labour Party -> Okafor'],
  },
  {
    name: 'party and faction in brackets, votes received',
    text: dated(
      'In the Unite general secretary election, Nadia Shah (SWP) received 12,345 votes, and Rhys Bevan (United Left) came second.',
    ),
    has: [
      'MEMBER_OF Nadia Shah -> Socialist Workers Party',
      'ENDORSED United Left -> Rhys Bevan',
      'CANDIDATE_IN Nadia Shah -> Unite General Secretary election 2022',
      'CANDIDATE_IN Rhys Bevan -> Unite General Secretary election 2022',
    ],
  },
  {
    name: 'the sitting office-holder',
    text: 'Ellen Marsh, the sitting president, spoke for the Fire Brigades Union.',
    has: ['HOLDS_POSITION Ellen Marsh -> Fire Brigades Union'],
  },
];

describe('extractor on sentence shapes', () => {
  it.each(CASES)('$name', ({ text, has, hasNot = [] }) => {
    const graph = extractText(text);
    const lines = [...relationLines(graph), ...entityLines(graph)];
    for (const line of has) expect(lines).toContain(line);
    for (const line of hasNot) expect(lines).not.toContain(line);
  });
});
