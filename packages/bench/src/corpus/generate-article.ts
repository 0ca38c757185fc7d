// One synthetic article and its ground truth in the contract's JSON shape, with varied phrasing
// of every relation type the articles can carry.
import type { ArticleGraph, GraphEntity, GraphRelation, RelationType } from '@caucus/graph';
import type { Random } from './random.ts';
import type { Person, Union, World } from './world.ts';

const POSTS = ['General Secretary', 'President', 'Vice-President', 'National Executive'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'September',
  'October',
  'November',
];
const SOURCES = ['Union Watch', 'Labour Briefing', 'Solidarity', 'The Organiser'];

class Truth {
  readonly entities: GraphEntity[] = [];
  readonly relations: GraphRelation[] = [];
  private readonly ids = new Map<string, string>();

  entity(
    type: GraphEntity['type'],
    name: string,
    aliases: string[] = [],
    properties?: GraphEntity['properties'],
  ): string {
    const key = `${type}|${name}`;
    const known = this.ids.get(key);
    if (known) return known;
    const id = `e${this.entities.length + 1}`;
    this.ids.set(key, id);
    this.entities.push({ id, type, name, aliases, ...(properties ? { properties } : {}) });
    return id;
  }

  relation(type: RelationType, source: string, target: string): void {
    if (!this.relations.some((r) => r.type === type && r.source === source && r.target === target))
      this.relations.push({ type, source, target });
  }
}

export interface SyntheticArticle {
  fileName: string;
  text: string;
  truth: ArticleGraph;
}

export function generateArticle(world: World, random: Random, index: number): SyntheticArticle {
  const union: Union = random.pick(world.unions);
  const post = random.pick(POSTS);
  const year = 2015 + random.int(11);
  const date = `${year}-${String(1 + random.int(11)).padStart(2, '0')}-${String(1 + random.int(27)).padStart(2, '0')}`;
  const pool = world.people.filter((p) => p.union === union);
  const candidates: Person[] = random.sample(pool, post === 'National Executive' ? 3 : 2 + random.int(2));
  const [winner, ...losers] = candidates as [Person, ...Person[]];
  const truth = new Truth();
  const u = truth.entity('Union', union.name, [union.short]);
  const electionName = `${union.short} ${post} election ${year}`;
  const e = truth.entity('Election', electionName, [], { union: union.short, post, year });
  truth.relation('ELECTION_OF', e, u);
  const sentences: string[] = [];
  const title = `${winner.name} wins ${union.short} ${post.toLowerCase()} race`;

  sentences.push(
    random.pick([
      `The results of the ${union.short} ${post.toLowerCase()} election were announced on ${1 + random.int(27)} ${random.pick(MONTHS)}.`,
      `Members of the ${union.name} (${union.short}) have voted in the ${union.short} ${post.toLowerCase()} election.`,
      `Ballots have been counted in the ${union.short} ${post.toLowerCase()} election.`,
    ]),
  );
  const factionsMentioned = new Set<string>();
  for (const c of candidates) {
    const p = truth.entity('Person', c.name, [c.surname]);
    truth.relation('CANDIDATE_IN', p, e);
    if (c.faction) {
      const f = truth.entity('Faction', c.faction);
      factionsMentioned.add(c.faction);
      truth.relation('ENDORSED', f, p);
      sentences.push(
        random.pick([
          `${c.name} is backed by the ${c.faction}.`,
          `The ${c.faction} has endorsed ${c.name}.`,
          `${c.name} was the candidate of the ${c.faction}.`,
          `${c.name} is supported by the ${c.faction}, which organises across the union.`,
        ]),
      );
    } else sentences.push(`${c.name} is standing as an independent candidate.`);
    if (c.party) {
      const y = truth.entity('Party', c.party);
      truth.relation('MEMBER_OF', p, y);
      sentences.push(
        random.pick([
          `${c.surname}, a ${c.party} member, has campaigned on pay.`,
          `${c.party} member ${c.name} spoke at several hustings.`,
          `${c.surname} is a member of the ${c.party}.`,
        ]),
      );
    }
  }
  const w = truth.entity('Person', winner.name, [winner.surname]);
  truth.relation('ELECTED_IN', w, e);
  const loser = losers[0] as Person;
  const l = truth.entity('Person', loser.name, [loser.surname]);
  if (post !== 'National Executive') {
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        truth.relation(
          'RAN_AGAINST',
          truth.entity('Person', (candidates[i] as Person).name),
          truth.entity('Person', (candidates[j] as Person).name),
        );
      }
    }
  }
  truth.relation('DEFEATED', w, l);
  if (post === 'National Executive') truth.relation('RAN_AGAINST', w, l);
  sentences.push(
    random.pick([
      `${winner.name} defeated ${loser.name} by a wide margin.`,
      `${loser.surname} lost to ${winner.name} after a close count.`,
      `${winner.surname} was elected, and ${winner.surname} defeated ${loser.name}.`,
    ]),
  );
  // An officer of one of the factions, and the factions' relations with each other.
  const officerFaction = random.pick(union.factions);
  const officer = random.pick(pool.filter((p) => !candidates.includes(p)));
  const o = truth.entity('Person', officer.name, [officer.surname]);
  truth.relation('HOLDS_POSITION', o, truth.entity('Faction', officerFaction));
  factionsMentioned.add(officerFaction);
  sentences.push(
    random.pick([
      `${officerFaction} convenor ${officer.name} said the result was "a step forward".`,
      `${officer.name}, the ${officerFaction} secretary, welcomed the turnout.`,
    ]),
  );
  const [fa, fb] = union.factions;
  if (fa && fb && random.chance(0.5)) {
    const ida = truth.entity('Faction', fa);
    const idb = truth.entity('Faction', fb);
    factionsMentioned.add(fa);
    factionsMentioned.add(fb);
    if (random.chance(0.5)) {
      truth.relation('ALLIED_WITH', ida, idb);
      sentences.push(`The ${fa} and the ${fb} have formed an alliance for next year's elections.`);
    } else {
      truth.relation('OPPOSES', idb, ida);
      sentences.push(`The ${fb} was set up to counter the ${fa}.`);
    }
  }
  for (const f of factionsMentioned) truth.relation('ACTIVE_IN', truth.entity('Faction', f), u);
  const fileName = `synthetic-${String(index).padStart(6, '0')}.txt`;
  const body = sentences.join(' ');
  return {
    fileName,
    text: `title ${title}\ndate ${date}\nsource ${random.pick(SOURCES)}\n\n${body}\n`,
    truth: { article: fileName, entities: truth.entities, relations: truth.relations },
  };
}
