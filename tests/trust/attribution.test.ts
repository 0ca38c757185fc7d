// "Who says so?": per relation, the distinct sources behind it, how many are independent, and
// whether all of them are partisan — from an edge's voice tally, on the seeds, and on the seeds
// with the dev articles.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ingestFiles } from '@caucus/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributionOf, attributionOfTally } from '../../packages/api/src/trust/attribution.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { emptyGraph, testDriver } from '../support/test-graph.ts';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

interface Relation {
  type: string;
  direction: string;
  other: { key: string };
  evidence: {
    publisher: string | null;
    publisherOwner: string | null;
    partisan?: string;
    speaker?: { id: string };
  }[];
  attribution: {
    sources: number;
    independentSources: number;
    allPartisan: boolean;
    voices: { name: string }[];
  };
}

async function relationsOf(server: TestServer, key: string, query = ''): Promise<Relation[]> {
  const { status, body } = await server.get(`/api/entities/${enc(key)}?evidence=20${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.relations;
}

const find = (rels: Relation[], type: string, other: string) => {
  const r = rels.find((x) => x.type === type && x.other.key === other);
  expect(r, `${type} ${other} in ${rels.map((x) => `${x.type} ${x.other.key}`).join(', ')}`).toBeDefined();
  return r as Relation;
};

describe('attribution from the voice tally an edge keeps', () => {
  const voices = [
    'BBC News',
    'Socialist Worker',
    'BBC News',
    'article a1',
    'Socialist Worker',
    'Morning Star',
  ];
  const partisan = [false, true, false, false, true, true];

  it('is the attribution of the pieces it tallies: most pieces first, then by name', () => {
    const tally = attributionOfTally(
      ['BBC News', 'Socialist Worker', 'article a1', 'Morning Star'],
      [2, 2, 1, 1],
      [false, true, false, true],
    );
    expect(tally).toEqual(attributionOf(voices, partisan));
    expect(tally).toEqual({
      sources: 4,
      independentSources: 2,
      allPartisan: false,
      voices: [
        { name: 'BBC News', pieces: 2, partisan: false },
        { name: 'Socialist Worker', pieces: 2, partisan: true },
        { name: 'article a1', pieces: 1, partisan: false },
        { name: 'Morning Star', pieces: 1, partisan: true },
      ],
    });
    // The order the tally keeps voices in does not matter.
    expect(
      attributionOfTally(
        ['Morning Star', 'article a1', 'Socialist Worker', 'BBC News'],
        [1, 1, 2, 2],
        [true, false, true, false],
      ),
    ).toEqual(tally);
  });

  it('calls a voice partisan only when all its pieces are, and a relation so when all voices are', () => {
    expect(attributionOf(['The Socialist', 'The Socialist'], [true, false]).voices).toEqual([
      { name: 'The Socialist', pieces: 2, partisan: false },
    ]);
    expect(attributionOfTally(['The Socialist'], [2], [true])).toMatchObject({
      sources: 1,
      independentSources: 0,
      allPartisan: true,
    });
    expect(attributionOfTally(null, null, null)).toEqual({
      sources: 0,
      independentSources: 0,
      allPartisan: false,
      voices: [],
    });
  });
});

describe('attribution on the seeds', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("marks what the AWL's own site says as partisan: publisher, owner, no independent source", async () => {
    const rels = await relationsOf(server, 'person:martin-powell-davies');
    const member = find(rels, 'MEMBER_OF', 'party:socialist-party');
    expect(member.evidence[0]?.publisherOwner).toBe("Workers' Liberty");
    expect(member.evidence[0]?.partisan).toBe('outlet');
    expect(member.attribution).toMatchObject({ sources: 1, independentSources: 0, allPartisan: true });
  });

  it('counts an article without a partisan publisher as one independent source', async () => {
    const rels = await relationsOf(server, 'person:kauser-jan');
    const endorsed = rels.filter((r) => r.type === 'ENDORSED' && r.direction === 'in');
    expect(endorsed.length).toBeGreaterThan(0);
    for (const r of endorsed) {
      expect(r.evidence.every((e) => e.partisan === undefined)).toBe(true);
      expect(r.attribution).toMatchObject({ sources: 1, independentSources: 1, allPartisan: false });
    }
  });

  it('filters to relations with independent support, on an entity and on the graph', async () => {
    const all = await relationsOf(server, 'person:martin-powell-davies');
    expect(await relationsOf(server, 'person:martin-powell-davies', '&independent=true')).toEqual(
      all.filter((r) => r.attribution.independentSources > 0),
    );
    const graph = (await server.get('/api/graph?format=graphology')).body;
    const independent = (await server.get('/api/graph?format=graphology&independent=true')).body;
    expect(independent.edges.length).toBeGreaterThan(0);
    expect(independent.edges.length).toBeLessThan(graph.edges.length);
    for (const e of independent.edges) expect(e.attributes.independentSourceCount).toBeGreaterThan(0);
  });
});

const DEV = path.join(REPO_ROOT, '..', 'shared', 'eval', 'dev', 'articles');
const present = existsSync(DEV);
if (!present) console.warn(`Skipping attribution on the dev articles: ${DEV} is absent.`);

describe.skipIf(!present)('attribution on the seeds and the dev articles', () => {
  let server: TestServer;
  beforeAll(async () => {
    const driver = testDriver();
    await emptyGraph(driver);
    await ingestFiles([path.join(REPO_ROOT, 'seeds'), DEV], { driver });
    server = await startTestServer({ driver, loadSeeds: false });
  });
  afterAll(async () => {
    await server?.close();
    await server?.driver.close();
  });

  it('The Socialist on a Socialist Party member: the party speaking about itself, as "we"', async () => {
    const rels = await relationsOf(server, 'person:amy-murphy');
    const member = find(rels, 'MEMBER_OF', 'party:socialist-party');
    expect(member.evidence[0]).toMatchObject({
      publisher: 'The Socialist',
      publisherOwner: 'Socialist Party',
      partisan: 'outlet-about-itself',
    });
    expect(member.evidence[0]?.speaker?.id).toBe('party:socialist-party');
    expect(member.attribution.allPartisan).toBe(true);
    // The party's paper on a rival union's officer is partisan too, but not about itself.
    const office = find(rels, 'HOLDS_POSITION', 'union:union-of-shop-distributive-and-allied-workers');
    expect(office.evidence[0]?.partisan).toBe('outlet');
  });

  it('Socialist Worker is the SWP speaking; a claim also in The Detroit News has independent support', async () => {
    const mccluskey = await relationsOf(server, 'person:len-mccluskey');
    const elected = find(mccluskey, 'ELECTED_IN', 'election:unite:general-secretary:2017');
    expect(elected.evidence[0]).toMatchObject({
      publisher: 'Socialist Worker',
      publisherOwner: 'Socialist Workers Party',
    });
    expect(elected.attribution.allPartisan).toBe(true);
    const curry = find(
      await relationsOf(server, 'person:ray-curry'),
      'MEMBER_OF',
      'union:united-auto-workers',
    );
    expect(curry.attribution).toMatchObject({ sources: 2, independentSources: 1, allPartisan: false });
    expect(curry.attribution.voices.map((v) => v.name).sort()).toEqual([
      'Socialist Equality Party',
      'The Detroit News',
    ]);
  });

  it('the link finder carries the same attribution on every edge', async () => {
    const { body } = await server.get(
      `/api/links?faction=${enc('party:socialist-party')}&candidate=${enc('person:amy-murphy')}`,
    );
    const edges = body.links.flatMap((l: { edges: Relation[] }) => l.edges);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(e.attribution.sources).toBeGreaterThan(0);
    expect(edges.some((e: Relation) => e.attribution.allPartisan)).toBe(true);
  });
});
