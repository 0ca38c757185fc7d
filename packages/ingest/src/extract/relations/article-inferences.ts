// Facts that need the whole article: who stood in which election, who won it, two-way contests,
// which union holds each election, where factions organise, which unions are sections.
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Cue, EntityMark, RelationDraft } from './relation-draft.ts';

const MULTI_SEAT_POST = /executive|council|committee/i;

export interface InferenceInput {
  relations: RelationDraft[];
  marks: EntityMark[];
  elections: Map<EntityDraft, EntityDraft>;
  homeUnion: EntityDraft | null;
  factions: EntityDraft[];
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

/** The election a cue in this sentence is about: the only one, else the nearest one named before. */
function electionAt(sentenceIndex: number, elections: EntityDraft[]): EntityDraft | undefined {
  if (elections.length <= 1) return elections[0];
  let best: EntityDraft | undefined;
  let bestSentence = -1;
  for (const e of elections) {
    for (const m of e.mentions)
      if (m.sentence <= sentenceIndex && m.sentence > bestSentence) [best, bestSentence] = [e, m.sentence];
  }
  return best ?? elections[0];
}

export function inferArticleRelations(input: InferenceInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  const elections = [...input.elections.keys()];

  for (const [election, union] of input.elections) {
    const cue = firstMentionCue(election, input.sentences, 'election-named-with-union', 0.8);
    if (cue) out.push({ type: 'ELECTION_OF', source: election, target: union, cue });
  }

  // Candidates: marked by a rule, or endorsed by a body, or in a contest with someone.
  const candidateCues = new Map<EntityDraft, Cue>();
  const note = (person: EntityDraft, cue: Cue) => {
    if (person.type === 'Person' && !candidateCues.has(person)) candidateCues.set(person, cue);
  };
  for (const mark of input.marks)
    if (mark.kind === 'candidate' || mark.kind === 'elected') note(mark.entity, mark.cue);
  for (const r of input.relations) {
    if (r.type === 'ENDORSED' && r.source.type !== 'Person') note(r.target, r.cue);
    if (r.type === 'RAN_AGAINST' || r.type === 'DEFEATED') {
      note(r.source, r.cue);
      note(r.target, r.cue);
    }
  }
  if (elections.length > 0) {
    const byElection = new Map<EntityDraft, EntityDraft[]>();
    for (const [person, cue] of candidateCues) {
      const election = electionAt(cue.sentence.index, elections);
      if (!election) continue;
      const elected = input.marks.find((m) => m.kind === 'elected' && m.entity === person);
      const seat = elected?.properties?.seat;
      out.push({
        type: 'CANDIDATE_IN',
        source: person,
        target: election,
        cue: inferred(cue, 'candidate', 0.75),
        ...(seat ? { properties: { seat } } : {}),
      });
      if (elected)
        out.push({
          type: 'ELECTED_IN',
          source: person,
          target: election,
          cue: elected.cue,
          ...(elected.properties ? { properties: elected.properties } : {}),
        });
      byElection.set(election, [...(byElection.get(election) ?? []), person]);
    }
    // A single-post contest: every candidate ran against every other.
    for (const [election, people] of byElection) {
      const post = String(election.properties?.post ?? '');
      if (people.length < 2 || people.length > 6 || MULTI_SEAT_POST.test(post)) continue;
      people.forEach((a, i) => {
        for (const b of people.slice(i + 1)) {
          const cue = candidateCues.get(b) ?? candidateCues.get(a);
          if (cue)
            out.push({
              type: 'RAN_AGAINST',
              source: a,
              target: b,
              cue: inferred(cue, 'single-post-contest', 0.7),
            });
        }
      });
    }
  }

  // Sections: part of the union they merged into, else of the article's union.
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
  const contestUnion = elections[0] ? input.elections.get(elections[0]) : input.homeUnion;
  for (const faction of input.factions) {
    const explicit = input.marks.find(
      (m) => m.kind === 'explicit-active-in' && m.entity === faction && m.other,
    );
    if (explicit?.other) {
      out.push({ type: 'ACTIVE_IN', source: faction, target: explicit.other, cue: explicit.cue });
      continue;
    }
    const union = contestUnion ?? input.homeUnion;
    const cue = firstMentionCue(faction, input.sentences, 'faction-in-article-union', 0.55);
    if (union && cue && faction.type === 'Faction')
      out.push({ type: 'ACTIVE_IN', source: faction, target: union, cue });
  }

  // "her colleague X": X shares the party or faction of the person named before.
  for (const mark of input.marks.filter((m) => m.kind === 'colleague' && m.other)) {
    for (const r of input.relations) {
      if (
        r.type === 'MEMBER_OF' &&
        r.source === mark.other &&
        (r.target.type === 'Party' || r.target.type === 'Faction')
      ) {
        out.push({
          type: 'MEMBER_OF',
          source: mark.entity,
          target: r.target,
          cue: inferred(mark.cue, 'colleague', 0.6),
        });
      }
    }
  }
  return out;
}
