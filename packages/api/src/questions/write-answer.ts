// Rows of a template's Cypher → the answer in plain words: one summary sentence and items, each
// with the evidence of the relations behind it.
import type { FastifyInstance } from 'fastify';
import { isRelationship, type Record as Neo4jRecord, type Node, type Relationship } from 'neo4j-driver';
import type { EvidenceItem } from '../evidence.ts';
import { toJson } from '../graph-json/to-json.ts';
import type { RankedLink } from '../queries/links.ts';
import { PHRASES } from '../queries/path-explain.ts';
import { relationEvidence } from '../queries/relation-evidence.ts';
import type { TemplateId } from './templates.ts';

export interface AnswerEntity {
  key: string;
  name: string;
  type: string;
}

export interface AnswerItem {
  text: string;
  entities: AnswerEntity[];
  evidence: EvidenceItem[];
  /** All the evidence the relations have; `evidence` holds the newest pieces. */
  evidenceCount: number;
}

export interface Answer {
  summary: string;
  items: AnswerItem[];
}

/** What the writers know besides the rows: the slots' entities, the year, the kinds of backer. */
export interface AnswerContext {
  entities: Record<string, AnswerEntity>;
  year: string | null;
  since: string | null;
  types: string[] | null;
}

interface Draft {
  text: string;
  entities: AnswerEntity[];
  relations: Relationship[];
}

const PER_RELATION = 2;
const ent = (n: Node): AnswerEntity => ({
  key: String(n.properties.key),
  name: String(n.properties.name),
  type: String(n.properties.type),
});
const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const kinds = (types: string[] | null) =>
  !types
    ? 'backer'
    : ({ Faction: 'faction', Party: 'party', Union: 'union', Organisation: 'organisation', Person: 'person' }[
        types[0] ?? ''
      ] ?? 'backer');
const dates = (r: Relationship) => {
  const [first, last] = [r.properties.firstDate, r.properties.lastDate] as [string | null, string | null];
  if (!first) return '';
  return first === last || !last ? ` (reported ${first})` : ` (reported ${first} to ${last})`;
};

/** The newest evidence of every relation in the drafts, with its articles, in one lookup. */
async function finish(app: FastifyInstance, drafts: Draft[]): Promise<AnswerItem[]> {
  const ids = drafts.flatMap((d) => d.relations.map((r) => r.elementId));
  const found = await relationEvidence(app, ids, { since: null, until: null }, PER_RELATION);
  return drafts.map((d) => ({
    text: d.text,
    entities: d.entities,
    evidence: d.relations.flatMap((r) => found.get(r.elementId)?.evidence ?? []),
    evidenceCount: d.relations.reduce((n, r) => n + Number(toJson(r.properties.evidenceCount) ?? 0), 0),
  }));
}

type Writer = (records: Neo4jRecord[], ctx: AnswerContext) => { summary: string; drafts: Draft[] };

const WRITERS: Record<Exclude<TemplateId, 'how-linked'>, Writer> = {
  'who-endorsed': (records, ctx) => {
    const candidate = ctx.entities.candidate as AnswerEntity;
    const drafts = records.map((rec) => {
      const [backer, r] = [ent(rec.get('backer')), rec.get('r') as Relationship];
      return {
        text: `${backer.name} (${backer.type.toLowerCase()}) endorsed ${candidate.name}${dates(r)}`,
        entities: [backer, candidate],
        relations: [r],
      };
    });
    const names = drafts.map((d) => (d.entities[0] as AnswerEntity).name);
    return {
      summary: names.length
        ? `${candidate.name} was endorsed by ${list(names)}.`
        : `The graph records no ${kinds(ctx.types)} endorsing ${candidate.name}.`,
      drafts,
    };
  },
  'backed-in-year': (records, ctx) => {
    const backer = ctx.entities.backer as AnswerEntity;
    const when = ctx.year ? ` in ${ctx.year}` : '';
    const drafts = records.map((rec) => {
      const [candidate, r] = [ent(rec.get('candidate')), rec.get('r') as Relationship];
      return {
        text: `${backer.name} endorsed ${candidate.name}${dates(r)}`,
        entities: [backer, candidate],
        relations: [r],
      };
    });
    const names = drafts.map((d) => (d.entities[1] as AnswerEntity).name);
    return {
      summary: names.length
        ? `${backer.name} backed ${list(names)}${when}.`
        : `The graph records no endorsement by ${backer.name}${when}.`,
      drafts,
    };
  },
  'stood-in-election': (records, ctx) => {
    const election = ctx.entities.election as AnswerEntity;
    const drafts = records.map((rec) => {
      const candidate = ent(rec.get('candidate'));
      const rels = rec.get('rels') as Relationship[];
      const won = rels.find((r) => r.type === 'ELECTED_IN');
      const seat = won?.properties.seat ?? rels.find((r) => r.properties.seat)?.properties.seat;
      const how = won ? (won.properties.reelected ? 'was re-elected' : 'was elected') : 'stood';
      return {
        text: `${candidate.name} ${how}${seat ? ` (${seat})` : ''}`,
        entities: [candidate, election],
        relations: rels,
      };
    });
    const names = records.map((rec) => {
      const name = String((rec.get('candidate') as Node).properties.name);
      return rec.get('elected') ? `${name} (elected)` : name;
    });
    return {
      summary: names.length
        ? `${names.length} candidate${names.length === 1 ? '' : 's'} in ${election.name}: ${list(names)}.`
        : `The graph records no candidates in ${election.name}.`,
      drafts,
    };
  },
  'backed-the-winner': (records, ctx) => {
    const election = ctx.entities.election as AnswerEntity;
    const people = new Map<
      string,
      { who: AnswerEntity; elected: boolean; won: Relationship[]; backers: Draft[] }
    >();
    for (const rec of records) {
      const who = ent(rec.get('candidate'));
      const entry = people.get(who.key) ?? {
        who,
        elected: Boolean(rec.get('elected')),
        won: rec.get('won') as Relationship[],
        backers: [],
      };
      const backer = rec.get('backer') as Node | null;
      const r = rec.get('r') as Relationship | null;
      if (backer && isRelationship(r)) {
        const b = ent(backer);
        entry.backers.push({
          text: `${b.name} backed ${who.name}${dates(r)}`,
          entities: [b, who],
          relations: [r],
        });
      }
      people.set(who.key, entry);
    }
    const all = [...people.values()];
    const winners = all.filter((p) => p.elected);
    const others = all.filter((p) => !p.elected);
    const kind = kinds(ctx.types);
    const drafts: Draft[] = [];
    for (const w of winners) {
      drafts.push({
        text: `${w.who.name} won ${election.name}`,
        entities: [w.who, election],
        relations: w.won,
      });
      drafts.push(...w.backers);
    }
    // "Not elected" only where the graph knows who was.
    const lost = winners.length ? ' (not elected)' : '';
    for (const o of others) drafts.push(...o.backers.map((d) => ({ ...d, text: `${d.text}${lost}` })));
    const backerNames = [
      ...new Set(winners.flatMap((w) => w.backers.map((d) => (d.entities[0] as AnswerEntity).name))),
    ];
    const losing = others.flatMap((o) =>
      o.backers.map((d) => `${(d.entities[0] as AnswerEntity).name} backed ${o.who.name}`),
    );
    const contrast = losing.length ? ` Of the other candidates: ${list(losing)}.` : '';
    let summary: string;
    if (winners.length === 0) summary = `The graph records no winner of ${election.name}.${contrast}`;
    else if (backerNames.length === 0)
      summary = `${list(winners.map((w) => w.who.name))} won ${election.name}; no ${kind} is recorded backing ${winners.length === 1 ? 'the winner' : 'the winners'}.${contrast}`;
    else
      summary = `${list(winners.map((w) => w.who.name))} won ${election.name}, backed by ${list(backerNames)}.${contrast}`;
    return { summary, drafts };
  },
  'backed-by-both': (records, ctx) => {
    const [first, second] = [ctx.entities.first as AnswerEntity, ctx.entities.second as AnswerEntity];
    const drafts = records.map((rec) => {
      const candidate = ent(rec.get('candidate'));
      return {
        text: `${first.name} and ${second.name} both endorsed ${candidate.name}`,
        entities: [first, candidate, second],
        relations: [rec.get('r1') as Relationship, rec.get('r2') as Relationship],
      };
    });
    const names = drafts.map((d) => (d.entities[1] as AnswerEntity).name);
    return {
      summary: names.length
        ? `Both ${first.name} and ${second.name} backed ${list(names)}.`
        : `The graph records no candidate backed by both ${first.name} and ${second.name}.`,
      drafts,
    };
  },
  'what-changed': (records, ctx) => {
    const x = ctx.entities.entity as AnswerEntity;
    const drafts = records.map((rec) => {
      const [r, other] = [rec.get('r') as Relationship, ent(rec.get('other'))];
      const out = (rec.get('x') as Node).elementId === r.startNodeElementId;
      const [a, b] = out ? [x, other] : [other, x];
      const title = r.type === 'HOLDS_POSITION' && r.properties.title ? ` (as ${r.properties.title})` : '';
      const first = (rec.get('firstDate') as string | null) ?? 'undated';
      const last = rec.get('lastDate') as string | null;
      return {
        text: `${first}: ${a.name} ${PHRASES[r.type] ?? r.type.toLowerCase()} ${b.name}${title}${last && last !== first ? ` (last reported ${last})` : ''}`,
        entities: [a, b],
        relations: [r],
      };
    });
    const years = [
      ...new Set(records.map((r) => (r.get('firstDate') as string | null)?.slice(0, 4) ?? 'undated')),
    ];
    const since = ctx.since ? ` since ${ctx.since}` : '';
    return {
      summary: drafts.length
        ? `${drafts.length} relation${drafts.length === 1 ? '' : 's'} of ${x.name}${since}, first reported in ${list(years)}; the newest: ${drafts[drafts.length - 1]?.text.replace(/^[^:]+: /, '')}.`
        : `The graph records no relations of ${x.name}${since}.`,
      drafts,
    };
  },
};

export async function writeAnswer(
  app: FastifyInstance,
  id: Exclude<TemplateId, 'how-linked'>,
  records: Neo4jRecord[],
  ctx: AnswerContext,
): Promise<Answer> {
  const { summary, drafts } = WRITERS[id](records, ctx);
  return { summary, items: await finish(app, drafts) };
}

/** The link finder's links as an answer: the strongest first, each edge with its evidence. */
export function linksAnswer(links: RankedLink[], ctx: AnswerContext): Answer {
  const [from, to] = [ctx.entities.from as AnswerEntity, ctx.entities.to as AnswerEntity];
  const items = links.slice(0, 8).map((l) => ({
    text: l.sentence,
    entities: l.nodes.map((n) => ({ key: n.key, name: n.name, type: n.type })),
    evidence: l.edges.flatMap((e) => e.evidence.slice(-PER_RELATION)),
    evidenceCount: l.edges.reduce((n, e) => n + e.evidence.length, 0),
  }));
  return {
    summary: items.length
      ? `${items.length} way${items.length === 1 ? '' : 's'} ${from.name} and ${to.name} are linked; the strongest: ${items[0]?.text}`
      : `The graph has no path between ${from.name} and ${to.name}.`,
    items,
  };
}
