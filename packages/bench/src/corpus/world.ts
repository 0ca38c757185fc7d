// The world the synthetic articles report on: unions with their factions, parties, and people
// who recur across articles, so the graph connects as the real one does.
import type { Random } from './random.ts';

export interface Union {
  name: string;
  short: string;
  factions: string[];
}

export interface Person {
  name: string;
  surname: string;
  union: Union;
  party: string | null;
  faction: string | null;
}

export interface World {
  unions: Union[];
  parties: string[];
  people: Person[];
}

const UNIONS: [string, string][] = [
  ['National Education Union', 'NEU'],
  ['University and College Union', 'UCU'],
  ['Public and Commercial Services Union', 'PCS'],
  ['Communication Workers Union', 'CWU'],
  ['Fire Brigades Union', 'FBU'],
  ['National Union of Journalists', 'NUJ'],
  ['Educational Institute of Scotland', 'EIS'],
  ['British Medical Association', 'BMA'],
  ['Royal College of Nursing', 'RCN'],
  ['National Association of Head Teachers', 'NAHT'],
];
const FACTION_SHAPES = [
  '{U} Left',
  '{U} Broad Left',
  'Grassroots {W} Network',
  '{W} Rank and File',
  'Independent {W} Caucus',
  'Members First {W} Group',
  '{W} Alliance',
];
const FACTION_WORDS = [
  'Unity',
  'Democracy',
  'Solidarity',
  'Renewal',
  'Action',
  'Voice',
  'Forward',
  'Reform',
  'Common Ground',
  'Members',
];
const PARTIES = [
  'Socialist Workers Party',
  'Socialist Party',
  'Communist Party of Britain',
  'Labour Party',
  'Green Party',
  "Workers' Liberty",
  'Counterfire',
  'Socialist Appeal',
];
const GIVEN = [
  'Alice',
  'Ben',
  'Carys',
  'Dev',
  'Ellen',
  'Farid',
  'Grace',
  'Hugh',
  'Imran',
  'Jess',
  'Kate',
  'Liam',
  'Maya',
  'Niall',
  'Olivia',
  'Priya',
  'Rory',
  'Sara',
  'Tom',
  'Una',
  'Victor',
  'Wendy',
  'Yusuf',
  'Zoe',
  'Owen',
  'Rachel',
  'Sean',
  'Tariq',
  'Helen',
  'Gavin',
];
const SURNAMES = [
  'Abbott',
  'Barker',
  'Chowdhury',
  'Doyle',
  'Evans',
  'Fraser',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jenkins',
  'Kaur',
  'Lloyd',
  'McBride',
  'Nolan',
  'Okafor',
  'Patel',
  'Quinn',
  'Rahman',
  'Sandhu',
  'Thorne',
  'Underwood',
  'Vaughan',
  'Walsh',
  'Yates',
  'Zielinski',
  'Armitage',
  'Bellamy',
  'Corrigan',
  'Dunmore',
  'Ellison',
  'Fenwick',
  'Grady',
  'Halloran',
  'Ingram',
  'Jarvis',
  'Kerrigan',
  'Lomax',
  'Mahmood',
  'Northcott',
  'Pemberton',
];

export function createWorld(random: Random, peoplePerUnion = 60): World {
  const unions = UNIONS.map(([name, short]) => {
    const shapes = random.sample(FACTION_SHAPES, 3);
    const factions = shapes.map((s) => s.replace('{U}', short).replace('{W}', random.pick(FACTION_WORDS)));
    return { name, short, factions: [...new Set(factions)] };
  });
  const people: Person[] = [];
  const used = new Set<string>();
  for (const union of unions) {
    for (let i = 0; i < peoplePerUnion; i++) {
      let name = '';
      let surname = '';
      do {
        surname = random.pick(SURNAMES);
        name = `${random.pick(GIVEN)} ${surname}`;
      } while (used.has(name) && used.size < GIVEN.length * SURNAMES.length);
      used.add(name);
      people.push({
        name,
        surname,
        union,
        party: random.chance(0.6) ? random.pick(PARTIES) : null,
        faction: random.chance(0.7) ? random.pick(union.factions) : null,
      });
    }
  }
  return { unions, parties: PARTIES, people };
}
