// Facts that need the whole article: who stood in which contest and who won it, the head-to-head
// of a single-seat contest, which union holds each election, offices that results imply, where
// factions organise, which unions are sections of which.
import { normaliseName } from '@caucus/graph';
import type { Contest, ContestModel } from '../contest/contest-model.ts';
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Cue, EntityMark, RelationDraft } from './relation-draft.ts';

export interface InferenceInput {
  relations: RelationDraft[];
  marks: EntityMark[];
  contests: ContestModel;
  homeUnion: EntityDraft | null;
  entities: EntityDraft[];
  sentences: Sentence[];
}

function inferred(cue: Cue, method: string, confidence: number): Cue {
  return { ...cue, method: `inference:${method}`, confidence: Math.min(cue.confidence, confidence) };
}

function firstMentionCue(
  entity: EntityDraft,
  sentences: Sentence[],
  method: string,
  confidence: number,
): Cue | null {
  const mention = entity.mentions.find((m) => m.via !== 'pronoun') ?? entity.mentions[0];
  const sentence = mention ? sentences[mention.sentence] : undefined;
  if (!mention || !sentence) return null;
  return { sentence, start: mention.start, end: mention.end, method: `inference:${method}`, confidence };
}

interface ContestFacts {
  candidates: Map<EntityDraft, Cue>;
  winners: Map<EntityDraft, EntityMark>;
  incumbents: Map<EntityDraft, Cue>;
  withdrawn: Set<EntityDraft>;
  votes: Map<EntityDraft, { votes: number; cue: Cue }>;
}

/** Candidacies and results, gathered per contest from the rules' marks and relations. */
function gatherFacts(input: InferenceInput): Map<Contest, ContestFacts> {
  const facts = new Map<Contest, ContestFacts>();
  const of = (contest: Contest) => {
    let f = facts.get(contest);
    if (!f) {
      f = {
        candidates: new Map(),
        winners: new Map(),
        incumbents: new Map(),
        withdrawn: new Set(),
        votes: new Map(),
      };
      facts.set(contest, f);
    }
    return f;
  };
  const contestOfCue = (cue: Cue) => input.contests.at(cue.sentence.index, cue.start);
  for (const mark of input.marks) {
    if (mark.entity.type !== 'Person') continue;
    const contest = mark.contest ?? null;
    if (!contest) continue;
    const f = of(contest);
    if (mark.kind === 'incumbent') {
      f.incumbents.set(mark.entity, mark.cue);
      continue;
    }
    if (!['candidate', 'elected', 'lost', 'withdrew'].includes(mark.kind)) continue;
    if (!f.candidates.has(mark.entity)) f.candidates.set(mark.entity, mark.cue);
    if (mark.kind === 'elected') {
      const known = f.winners.get(mark.entity);
      if (!known) f.winners.set(mark.entity, mark);
      // A later sentence may give what the first left out: the seat, or that it was a re-election.
      else if (mark.properties) known.properties = { ...mark.properties, ...known.properties };
    }
    if (mark.kind === 'withdrew') f.withdrawn.add(mark.entity);
    if (mark.votes !== undefined) f.votes.set(mark.entity, { votes: mark.votes, cue: mark.cue });
  }
  for (const r of input.relations) {
    if (r.type !== 'RAN_AGAINST' && r.type !== 'DEFEATED') continue;
    const contest = contestOfCue(r.cue);
    if (!contest) continue;
    const f = of(contest);
    for (const p of [r.source, r.target]) if (!f.candidates.has(p)) f.candidates.set(p, r.cue);
  }
  // An incumbent in a contest others stand in is standing again.
  for (const f of facts.values()) {
    if (f.candidates.size === 0) continue;
    for (const [person, cue] of f.incumbents) if (!f.candidates.has(person)) f.candidates.set(person, cue);
  }
  return facts;
}

/** The one winner a complete vote count gives, when the text names no winner. */
function winnerByVotes(f: ContestFacts): [EntityDraft, Cue] | null {
  if (f.winners.size > 0 || f.votes.size < 2) return null;
  const ranked = [...f.votes].sort((a, b) => b[1].votes - a[1].votes);
  const [top, second] = ranked;
  if (!top || !second || top[1].votes === second[1].votes) return null;
  return [top[0], top[1].cue];
}

function contestRelations(input: InferenceInput, out: RelationDraft[]): void {
  for (const [contest, f] of gatherFacts(input)) {
    const election = contest.election;
    const byVotes = contest.multiSeat ? null : winnerByVotes(f);
    for (const [person, cue] of f.candidates) {
      const winner = f.winners.get(person);
      const seat = winner?.properties?.seat;
      out.push({
        type: 'CANDIDATE_IN',
        source: person,
        target: election,
        cue: inferred(cue, 'candidate', f.withdrawn.has(person) ? 0.4 : 0.75),
        ...(seat ? { properties: { seat } } : {}),
      });
      if (winner)
        out.push({
          type: 'ELECTED_IN',
          source: person,
          target: election,
          cue: winner.cue,
          ...(winner.properties && Object.keys(winner.properties).length > 0
            ? { properties: winner.properties }
            : {}),
        });
      // To stand for a union's or party's office one belongs to it.
      if (
        !contest.multiSeat &&
        !contest.past &&
        (contest.union.type === 'Union' || contest.union.type === 'Party')
      )
        out.push({
          type: 'MEMBER_OF',
          source: person,
          target: contest.union,
          cue: inferred(cue, 'candidate-member', 0.45),
        });
    }
    if (byVotes)
      out.push({
        type: 'ELECTED_IN',
        source: byVotes[0],
        target: election,
        cue: inferred(byVotes[1], 'most-votes', 0.6),
      });
    const winners = byVotes ? [byVotes[0]] : [...f.winners.keys()];
    const title = contest.post.toLowerCase();
    // Offices: an incumbent holds the post; so does a re-elected winner; a new winner (probably) will.
    for (const [person, cue] of f.incumbents)
      if (title)
        out.push({
          type: 'HOLDS_POSITION',
          source: person,
          target: contest.union,
          properties: { title },
          cue: inferred(cue, 'incumbent', 0.7),
        });
    if (contest.union.type === 'Union' && title) {
      for (const w of winners) {
        const mark = f.winners.get(w);
        const reelected = mark?.properties?.reelected === true;
        if ((contest.past && !reelected) || contest.multiSeat) continue;
        out.push({
          type: 'HOLDS_POSITION',
          source: w,
          target: contest.union,
          properties: { title: reelected ? title : `${title} (newly elected)` },
          cue: inferred(
            mark?.cue ?? (f.candidates.get(w) as Cue),
            reelected ? 're-elected-holds' : 'winner-holds',
            reelected ? 0.75 : 0.5,
          ),
        });
      }
    }
    if (contest.multiSeat) continue;
    // A single-seat contest: every candidate stood against every other; the winner beat the rest.
    const standing = [...f.candidates.keys()].filter((p) => !f.withdrawn.has(p));
    // Running mates on one slate stand together, not against each other.
    const allied = new Set(
      input.relations
        .filter((r) => r.type === 'ALLIED_WITH')
        .flatMap((r) => [`${r.source.key}|${r.target.key}`, `${r.target.key}|${r.source.key}`]),
    );
    // Two winners of one single-seat contest: the article reports several contests we could not
    // tell apart (posts with qualifiers, branch and national), so nobody is paired by inference.
    if (standing.length < 2 || standing.length > 8 || winners.length > 1) continue;
    standing.forEach((a, i) => {
      for (const b of standing.slice(i + 1)) {
        if (allied.has(`${a.key}|${b.key}`)) continue;
        const cue = f.candidates.get(b) ?? f.candidates.get(a);
        if (cue)
          out.push({
            type: 'RAN_AGAINST',
            source: a,
            target: b,
            cue: inferred(cue, 'single-post-contest', 0.65),
          });
      }
    });
    if (winners.length !== 1) continue;
    const [winner] = winners;
    if (!winner) continue;
    for (const loser of standing) {
      if (loser === winner) continue;
      const cue = f.winners.get(winner)?.cue ?? f.candidates.get(loser);
      if (cue)
        out.push({
          type: 'DEFEATED',
          source: winner,
          target: loser,
          cue: inferred(cue, 'winner-beat-rest', 0.6),
        });
    }
  }
}

export function inferArticleRelations(input: InferenceInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const contest of input.contests.contests) {
    const cue = firstMentionCue(contest.election, input.sentences, 'election-of-union', 0.8);
    if (cue) out.push({ type: 'ELECTION_OF', source: contest.election, target: contest.union, cue });
  }
  contestRelations(input, out);

  // Sections: part of the union their name gives, else of the union they merged into, else of the article's.
  for (const entity of input.entities) {
    if (entity.type !== 'Union' || entity.sectionOf === undefined) continue;
    const named = entity.sectionOf
      ? input.entities.find(
          (e) =>
            e !== entity &&
            e.type === 'Union' &&
            [e.name, ...e.aliases].some((n) => normaliseName(n) === normaliseName(entity.sectionOf ?? '')),
        )
      : undefined;
    const parent = named ?? (input.homeUnion !== entity ? input.homeUnion : null);
    const cue = firstMentionCue(entity, input.sentences, 'named-section', 0.7);
    if (parent && cue) out.push({ type: 'PART_OF', source: entity, target: parent, cue });
  }
  for (const mark of input.marks.filter((m) => m.kind === 'section')) {
    const mergedInto = input.relations.find(
      (r) => r.type === 'MERGED_INTO' && r.source === mark.entity,
    )?.target;
    const parent = mergedInto ?? (input.homeUnion !== mark.entity ? input.homeUnion : null);
    if (parent)
      out.push({
        type: 'PART_OF',
        source: mark.entity,
        target: parent,
        cue: inferred(mark.cue, 'named-section', 0.7),
      });
  }

  // Factions organise in the union they were named in, else in the union whose election it is.
  const contestUnion =
    input.contests.main?.union.type === 'Union' ? input.contests.main.union : input.homeUnion;
  for (const faction of input.entities.filter((e) => e.type === 'Faction')) {
    const explicit = input.marks.find(
      (m) => m.kind === 'explicit-active-in' && m.entity === faction && m.other,
    );
    if (explicit?.other) {
      out.push({ type: 'ACTIVE_IN', source: faction, target: explicit.other, cue: explicit.cue });
      continue;
    }
    const union = contestUnion ?? input.homeUnion;
    const cue = firstMentionCue(faction, input.sentences, 'faction-in-article-union', 0.55);
    if (union && cue) out.push({ type: 'ACTIVE_IN', source: faction, target: union, cue });
  }
  for (const mark of input.marks.filter(
    (m) => m.kind === 'explicit-active-in' && m.entity.type === 'Party' && m.other,
  ))
    if (mark.other) out.push({ type: 'ACTIVE_IN', source: mark.entity, target: mark.other, cue: mark.cue });

  // "her colleague X": X shares the party or faction of the person named before.
  for (const mark of input.marks.filter((m) => m.kind === 'colleague' && m.other)) {
    for (const r of input.relations) {
      if (
        r.type === 'MEMBER_OF' &&
        r.source === mark.other &&
        (r.target.type === 'Party' || r.target.type === 'Faction')
      )
        out.push({
          type: 'MEMBER_OF',
          source: mark.entity,
          target: r.target,
          cue: inferred(mark.cue, 'colleague', 0.6),
        });
    }
  }
  return out;
}
