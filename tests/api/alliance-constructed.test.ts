// Influence and questions on a constructed graph with known answers: an election with a winner
// and their backers, endorsers with known records, and two unions kept apart.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, consoleRuns, named } from '../support/ask.ts';
import { writeConstructedGraph } from '../support/constructed-graph.ts';
import { emptyGraph, testDriver } from '../support/test-graph.ts';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

const U = 'union:example-union';
const OTHER = 'union:other-union';
const E = 'election:example-union:president:2020';

describe('influence and questions on a constructed graph', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    await emptyGraph(driver);
    await writeConstructedGraph(driver, {
      articles: [
        { id: 'a000000000000001', title: 'Example Union elects Ada Winner', date: '2020-05-01' },
        { id: 'a000000000000002', title: 'Other Union notes', date: '2021-03-01' },
      ],
      entities: [
        { key: U, type: 'Union', name: 'Example Union', aliases: ['EU'] },
        { key: OTHER, type: 'Union', name: 'Other Union' },
        {
          key: E,
          type: 'Election',
          name: 'Example Union President election 2020',
          properties: { year: 2020, post: 'President', union: 'Example Union' },
        },
        {
          key: 'faction:rank-and-file@example-union',
          type: 'Faction',
          name: 'Rank and File',
          properties: { scope: U },
        },
        {
          key: 'faction:broad-left@example-union',
          type: 'Faction',
          name: 'Broad Left',
          properties: { scope: U },
        },
        {
          key: 'faction:broad-left@other-union',
          type: 'Faction',
          name: 'Broad Left',
          properties: { scope: OTHER },
        },
        { key: 'party:labour-party', type: 'Party', name: 'Labour Party' },
        { key: 'person:ada-winner', type: 'Person', name: 'Ada Winner' },
        { key: 'person:bo-loser', type: 'Person', name: 'Bo Loser' },
        { key: 'person:cy-other', type: 'Person', name: 'Cy Other' },
      ],
      relations: [
        [E, 'ELECTION_OF', U, ['a000000000000001']],
        ['person:ada-winner', 'CANDIDATE_IN', E, ['a000000000000001']],
        ['person:ada-winner', 'ELECTED_IN', E, ['a000000000000001']],
        ['person:bo-loser', 'CANDIDATE_IN', E, ['a000000000000001']],
        ['faction:rank-and-file@example-union', 'ENDORSED', 'person:ada-winner', ['a000000000000001']],
        ['party:labour-party', 'ENDORSED', 'person:ada-winner', ['a000000000000001']],
        ['faction:broad-left@example-union', 'ENDORSED', 'person:bo-loser', ['a000000000000001']],
        ['faction:rank-and-file@example-union', 'ENDORSED', 'person:bo-loser', ['a000000000000001']],
        ['faction:broad-left@other-union', 'ACTIVE_IN', OTHER, ['a000000000000002']],
        ['person:cy-other', 'MEMBER_OF', 'faction:broad-left@other-union', ['a000000000000002']],
      ],
    });
    server = await startTestServer({ driver, loadSeeds: false });
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('which factions backed the winner: Rank and File, not Labour (a party), not Broad Left (the loser’s)', async () => {
    const r = await ask(
      server,
      'which factions backed the winner of the Example Union president election 2020?',
    );
    expect(r.status).toBe('answered');
    expect(r.message).toMatch(
      /^Ada Winner won Example Union President election 2020, backed by Rank and File\./,
    );
    expect(r.message).toContain('Broad Left backed Bo Loser');
    const who = await ask(server, 'who backed the winner of the EU president election 2020');
    expect(who.message).toContain('backed by Labour Party and Rank and File');
    expect(await consoleRuns(server, who)).toBe(4);
  });

  it('ranks endorsers by their candidates’ wins: Labour 1 of 1, Rank and File 1 of 2, Broad Left 0 of 1', async () => {
    const { body } = await server.get(`/api/influence?union=${enc(U)}`);
    const rows = body.rows as { key: string; backed: number; won: number; winRate: number | null }[];
    const record = (k: string) => rows.find((r) => r.key === k);
    expect(record('party:labour-party')).toMatchObject({ backed: 1, won: 1, winRate: 1 });
    expect(record('faction:rank-and-file@example-union')).toMatchObject({ backed: 2, won: 1, winRate: 0.5 });
    expect(record('faction:broad-left@example-union')).toMatchObject({ backed: 1, won: 0, winRate: 0 });
    // Sorted by wins, then win rate.
    expect(rows.slice(0, 2).map((r) => r.key)).toEqual([
      'party:labour-party',
      'faction:rank-and-file@example-union',
    ]);
    // Rank and File backed both candidates: it is the bridge.
    const between = (await server.get(`/api/influence?union=${enc(U)}&sort=betweenness`)).body.rows;
    expect(between[0].key).toBe('faction:rank-and-file@example-union');
  });

  it('keeps a union to itself: the other union’s Broad Left is not in the Example Union’s blocs', async () => {
    const { body } = await server.get(`/api/blocs?union=${enc(U)}`);
    const keys = (body.blocs as { members: { key: string }[] }[]).flatMap((b) => b.members.map((m) => m.key));
    expect(keys).toContain('faction:broad-left@example-union');
    expect(keys).not.toContain('faction:broad-left@other-union');
    expect(keys).not.toContain('person:cy-other');
    const all = (await server.get('/api/blocs')).body.blocs as { members: { key: string }[] }[];
    expect(all.flatMap((b) => b.members.map((m) => m.key))).toContain('person:cy-other');
  });

  it('tells apart two factions of one name by their union when asking', async () => {
    const r = await ask(server, 'who did Broad Left back');
    expect(r.status).toBe('ambiguous');
    expect(r.slots[0]?.options.map((o) => o.detail)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('in Example Union'),
        expect.stringContaining('in Other Union'),
      ]),
    );
    const picked = await ask(server, 'who did Broad Left back', {
      backer: 'faction:broad-left@example-union',
    });
    expect(named(picked, 1)).toEqual(['Bo Loser']);
  });
});
