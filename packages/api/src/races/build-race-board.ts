// A race board from its rows: candidates with results, figures read from the text, and the
// endorsements that speak of this contest, each with its evidence.
import { splitSentences } from '@caucus/ingest';
import type { EvidenceItem } from '../evidence.ts';
import type { RaceRows } from '../queries/election-board.ts';
import { type EvidenceRow, piecesOf } from '../queries/fragments.ts';
import { isInContest, scopeOf } from './contest-evidence.ts';
import { decideResults } from './race-results.ts';
import type { RaceBoard, RaceCandidate, TallyFigure } from './race-types.ts';
import { readTallies, type TallyFact } from './tally-reader.ts';

const RESULT_ORDER = { elected: 0, defeated: 1, withdrew: 2 } as const;

function tallyEvidence(fact: TallyFact, article: RaceRows['articles'][number]): EvidenceItem {
  return {
    articleId: article.id,
    article: { id: article.id, title: article.title, date: article.date, source: article.source },
    sentence: fact.sentence.text,
    sentenceStart: fact.sentence.start,
    sentenceEnd: fact.sentence.end,
    start: fact.start,
    end: fact.end,
    method: `race:${fact.kind}-in-text`,
    confidence: 0.7,
  };
}

/** Votes, shares and withdrawals of each candidate, from the contest's articles, oldest first. */
function readFigures(rows: RaceRows): Map<string, Partial<Record<TallyFact['kind'], TallyFigure>>> {
  const figures = new Map<string, Partial<Record<TallyFact['kind'], TallyFigure>>>();
  const articles = [...rows.articles].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  for (const article of articles) {
    const spans = article.mentions.map((m) => ({
      key: m.key,
      spans: m.spans.flatMap((v, i, all) => (i % 2 ? [] : [[v, all[i + 1] ?? v] as [number, number]])),
    }));
    for (const fact of readTallies(splitSentences(article.text), spans, rows.election.year)) {
      const slot = figures.get(fact.key) ?? {};
      slot[fact.kind] ??= { value: fact.value ?? 0, evidence: tallyEvidence(fact, article) };
      figures.set(fact.key, slot);
    }
  }
  return figures;
}

export function buildRaceBoard(rows: RaceRows): RaceBoard {
  const { election } = rows;
  const people = new Map<
    string,
    { edges: RaceRows['contest']; person: RaceRows['contest'][number]['person'] }
  >();
  for (const c of rows.contest) {
    const entry = people.get(c.person.key) ?? { edges: [], person: c.person };
    entry.edges.push(c);
    people.set(c.person.key, entry);
  }
  const pieces = (edges: EvidenceRow[]) => edges.flatMap((e) => piecesOf(e));
  const scope = scopeOf(election.year, pieces(rows.contest));
  const figures = readFigures(rows);
  const nameOf = (key: string) => people.get(key)?.person.name ?? key;
  const results = decideResults(
    [...people.values()].map(({ person, edges }) => ({
      key: person.key,
      name: person.name,
      elected: pieces(edges.filter((e) => e.type === 'ELECTED_IN')),
      withdrew: figures.get(person.key)?.withdrew?.evidence ?? null,
      defeatedBy: rows.defeats
        .filter((d) => d.loser === person.key)
        .map((d) => ({
          name: nameOf(d.winner),
          evidence: piecesOf(d).filter((p) => isInContest(p, scope)),
        })),
    })),
    election.post,
    rows.contest.some((c) => c.seat),
  );
  const candidates: RaceCandidate[] = [...people.values()].map(({ person, edges }) => {
    const endorsers = rows.endorsements
      .filter((e) => e.candidate === person.key)
      .map((e) => ({
        entity: e.backer,
        evidence: piecesOf(e).filter((p) => isInContest(p, scope)),
      }))
      .filter((e) => e.evidence.length > 0)
      .sort((a, b) => a.entity.name.localeCompare(b.entity.name));
    const f = figures.get(person.key);
    return {
      person,
      seat: edges.find((e) => e.seat)?.seat ?? null,
      ...(results.get(person.key) ?? { result: null, resultBasis: null, resultEvidence: [] }),
      votes: f?.votes ?? null,
      share: f?.share ?? null,
      candidacyEvidence: pieces(edges.filter((e) => e.type === 'CANDIDATE_IN')),
      endorsers,
    };
  });
  const rank = (c: RaceCandidate) => (c.result ? RESULT_ORDER[c.result] : 3);
  candidates.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.votes?.value ?? b.share?.value ?? -1) - (a.votes?.value ?? a.share?.value ?? -1) ||
      a.person.name.localeCompare(b.person.name),
  );
  const articles = new Map(
    [...rows.contest, ...rows.endorsements]
      .flatMap((e) => e.articles)
      .filter((a) => scope.articleIds.has(a.id))
      .map((a) => [a.id, a]),
  );
  return {
    election: { ...election, union: rows.union },
    candidates,
    articles: [...articles.values()].sort((a, b) => String(a.date).localeCompare(String(b.date))),
  };
}
