// The scorer against hand-made cases for each rule of SPEC §3.
import type { ArticleGraph, GraphEntity, GraphRelation } from '@caucus/graph';
import { normaliseName } from '@caucus/graph';
import { scoreArticle } from '@caucus/ingest';
import { describe, expect, it } from 'vitest';

const graph = (entities: GraphEntity[], relations: GraphRelation[] = []): ArticleGraph => ({
  article: 'a.txt',
  entities,
  relations,
});
const person = (
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<GraphEntity> = {},
): GraphEntity => ({
  id,
  type: 'Person',
  name,
  aliases,
  ...extra,
});

describe('name normalisation (SPEC §3)', () => {
  it.each([
    ['Ms Kauser Jan', 'kauser jan'],
    ['The Socialist Party', 'socialist party'],
    ["Workers' Liberty", 'workers liberty'],
    ['Martin Powell-Davies', 'martin powell davies'],
    ['Brighton & Hove', 'brighton and hove'],
    ['Fórsa', 'forsa'],
    ['Dr. Jo Grady', 'jo grady'],
    ['Cllr  Ann   Smith', 'ann smith'],
  ])('%s → %s', (raw, expected) => expect(normaliseName(raw)).toBe(expected));
});

describe('entity matching', () => {
  it('matches through aliases and honorifics, and counts misses and false alarms', () => {
    const gold = graph([person('g1', 'Kauser Jan', ['Ms Jan']), person('g2', 'Amanda Martin')]);
    const pred = graph([person('p1', 'Ms Jan'), person('p2', 'Kevin Courtney')]);
    const s = scoreArticle(gold, pred);
    expect(s.entities).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('requires equal types', () => {
    const gold = graph([{ id: 'g', type: 'Faction', name: 'Broad Left', aliases: [] }]);
    const pred = graph([{ id: 'p', type: 'Party', name: 'Broad Left', aliases: [] }]);
    expect(scoreArticle(gold, pred).entities).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a person split in two as one hit and one error', () => {
    const gold = graph([person('g', 'Martin Powell Davies', ['Martin'])]);
    const pred = graph([person('p1', 'Martin Powell Davies'), person('p2', 'Martin')]);
    expect(scoreArticle(gold, pred).entities).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('does not count a missed optional entity, but counts a found one', () => {
    const gold = graph([{ id: 'g', type: 'Organisation', name: 'Tes', aliases: [], optional: true }]);
    expect(scoreArticle(gold, graph([])).entities).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(
      scoreArticle(gold, graph([{ id: 'p', type: 'Organisation', name: 'Tes', aliases: [] }])).entities,
    ).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('ignores Place entities', () => {
    const pred = graph([{ id: 'p', type: 'Place', name: 'Leeds', aliases: [] }]);
    expect(scoreArticle(graph([]), pred).entities).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('matches elections by year, union and post when names differ', () => {
    const union: GraphEntity = {
      id: 'u',
      type: 'Union',
      name: 'National Union of Teachers',
      aliases: ['NUT'],
    };
    const gold = graph([
      union,
      {
        id: 'g',
        type: 'Election',
        name: 'NUT Vice-President election 2017',
        aliases: [],
        properties: { union: 'NUT', post: 'Vice-President', year: 2017 },
      },
    ]);
    const viaUnion = graph([
      {
        id: 'p',
        type: 'Election',
        name: 'x',
        aliases: [],
        properties: { union: 'National Union of Teachers', post: 'vice presidency', year: 2017 },
      },
    ]);
    const wrongYear = graph([
      {
        id: 'p',
        type: 'Election',
        name: 'y',
        aliases: [],
        properties: { union: 'NUT', post: 'Vice-President', year: 2016 },
      },
    ]);
    expect(scoreArticle(gold, viaUnion).entitiesByType.Election).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle(gold, wrongYear).entitiesByType.Election).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('relation matching', () => {
  const entities = [
    person('a', 'Alex Kenny'),
    person('b', 'Jess Edwards'),
    { id: 'f', type: 'Faction', name: 'LANAC', aliases: [] } as GraphEntity,
    { id: 'g', type: 'Faction', name: 'STA', aliases: [] } as GraphEntity,
  ];

  it('matches symmetric relations in either direction, directed ones in one only', () => {
    const gold = graph(entities, [
      { type: 'RAN_AGAINST', source: 'a', target: 'b' },
      { type: 'DEFEATED', source: 'a', target: 'b' },
    ]);
    const pred = graph(entities, [
      { type: 'RAN_AGAINST', source: 'b', target: 'a' },
      { type: 'DEFEATED', source: 'b', target: 'a' },
    ]);
    expect(scoreArticle(gold, pred).relations).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('accepts any one of a list of targets, and ignores repeats of a matched relation', () => {
    const gold = graph(entities, [{ type: 'ENDORSED', source: ['f', 'g'], target: 'a' }]);
    const pred = graph(entities, [
      { type: 'ENDORSED', source: 'g', target: 'a' },
      { type: 'ENDORSED', source: 'f', target: 'a' },
    ]);
    expect(scoreArticle(gold, pred).relations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts an unmatched prediction as a false positive even when only optional gold exists', () => {
    const gold = graph(entities, [{ type: 'ALLIED_WITH', source: 'f', target: 'g', optional: true }]);
    expect(scoreArticle(gold, graph(entities, [])).relations).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(
      scoreArticle(gold, graph(entities, [{ type: 'ALLIED_WITH', source: 'g', target: 'f' }])).relations,
    ).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(
      scoreArticle(gold, graph(entities, [{ type: 'OPPOSES', source: 'g', target: 'f' }])).relations,
    ).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});
