// Corrections kept as :Curation nodes: applied at once, again after every ingest (also when every
// article is removed and read again), undone back to what extraction alone gives, and refused
// without the API token.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestFiles, readArticle, removeArticleIds } from '@caucus/ingest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { emptyGraph, type GraphSnapshot, rows, snapshot } from '../support/test-graph.ts';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

const TOKEN = 'curation-test-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const SEEDS = path.join(REPO_ROOT, 'seeds');
const SEED_2014 = readArticle(path.join(SEEDS, '000_e4f1e208a388eb91.txt')).id;
const LANAC = 'faction:local-associations-national-action-campaign@national-union-of-teachers';
const CDFU = 'faction:campaign-for-a-democratic-and-fighting-union@national-union-of-teachers';
const STA = 'faction:socialist-teachers-alliance@national-union-of-teachers';

/** The graph without the curation records themselves, which undo keeps as history. */
const graphOnly = async (server: TestServer): Promise<GraphSnapshot> => {
  const s = await snapshot(server.driver);
  delete s.labels.Curation;
  return s;
};

describe('curations', () => {
  let server: TestServer;
  let original: GraphSnapshot;
  const post = (kind: string, body: object) => server.post(`/api/curations/${kind}`, body, AUTH);
  const entity = async (key: string) => (await server.get(`/api/entities/${enc(key)}`)).body;
  const reingestAll = async () => {
    const ids = (await rows(server.driver, 'MATCH (a:Article) RETURN a.id AS id')).map((r) => r.id as string);
    await removeArticleIds(server.driver, ids);
    expect((await rows(server.driver, 'MATCH (a:Article) RETURN a')).length).toBe(0);
    return ingestFiles([SEEDS], { driver: server.driver });
  };

  beforeAll(async () => {
    server = await startTestServer({ settings: { apiToken: TOKEN }, loadSeeds: false });
  });
  beforeEach(async () => {
    await emptyGraph(server.driver);
    await ingestFiles([SEEDS], { driver: server.driver });
    original = await graphOnly(server);
  });
  afterAll(() => server?.close());

  it('a merge moves every name, mention and relation, and survives a re-ingest of all articles', async () => {
    const cdfu = await entity(CDFU);
    const res = await post('merge', {
      from: CDFU,
      into: LANAC,
      who: 'tester',
      why: 'one campaign, two names',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.curation).toMatchObject({ kind: 'merge', who: 'tester', undone: false });
    expect((await server.get(`/api/entities/${enc(CDFU)}`)).status).toBe(404);
    const lanac = await entity(LANAC);
    expect(lanac.entity.aliases).toContain(cdfu.entity.name);
    const moved = cdfu.relations.map(
      (r: { type: string; other: { key: string } }) => `${r.type} ${r.other.key}`,
    );
    const now = lanac.relations.map(
      (r: { type: string; other: { key: string } }) => `${r.type} ${r.other.key}`,
    );
    expect(now).toEqual(expect.arrayContaining(moved));
    const rule = lanac.merges.articles.find((a: { resolvedBy: string }) => a.resolvedBy === 'curation:merge');
    expect(rule?.rule).toContain('corrected by hand');
    const merged = await graphOnly(server);

    const again = await ingestFiles([SEEDS], { driver: server.driver });
    expect(again.unchanged).toHaveLength(2);
    expect(await graphOnly(server)).toEqual(merged);
    const rebuilt = await reingestAll();
    expect(rebuilt.ingested).toHaveLength(2);
    expect(rebuilt.curationChanges).toBeGreaterThan(0);
    expect(await graphOnly(server)).toEqual(merged);
  }, 180_000);

  it('a split moves one article’s mentions and evidence to a new entity, and survives a re-ingest', async () => {
    const res = await post('split', {
      entity: LANAC,
      articles: [SEED_2014],
      name: 'LANAC (2014)',
      why: 'test',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const newKey = res.body.curation.payload.newKey;
    expect(newKey).toMatch(/^faction:/);
    const [kept, split] = [await entity(LANAC), await entity(newKey)];
    expect(kept.articles.map((a: { id: string }) => a.id)).not.toContain(SEED_2014);
    expect(split.articles.map((a: { id: string }) => a.id)).toEqual([SEED_2014]);
    expect(split.entity.name).toBe('LANAC (2014)');
    for (const r of split.relations) for (const e of r.evidence) expect(e.articleId).toBe(SEED_2014);
    expect(split.relations.length).toBeGreaterThan(0);
    const after = await graphOnly(server);
    await reingestAll();
    expect(await graphOnly(server)).toEqual(after);
  }, 180_000);

  it('undo of each kind restores the graph extraction gives, and keeps the history', async () => {
    const made = [
      await post('rename', { entity: STA, name: 'The STA', why: 'its usual name' }),
      await post('merge', { from: CDFU, into: LANAC, why: 'test' }),
      await post('split', { entity: LANAC, articles: [SEED_2014], name: 'LANAC network', why: 'test' }),
      await post('reject-relation', {
        type: 'ENDORSED',
        source: STA,
        target: 'person:kauser-jan',
        why: 'misread',
      }),
      await post('retype', { entity: 'person:amanda-martin', type: 'Faction', why: 'test' }),
    ];
    for (const m of made) expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(await graphOnly(server)).not.toEqual(original);
    expect(
      (await entity(STA)).relations.some(
        (r: { type: string; other: { key: string } }) =>
          r.type === 'ENDORSED' && r.other.key === 'person:kauser-jan',
      ),
    ).toBe(false);
    for (const m of made.reverse()) {
      const undo = await server.post(`/api/curations/${m.body.curation.id}/undo`, { who: 'tester' }, AUTH);
      expect(undo.status, JSON.stringify(undo.body)).toBe(200);
      expect(undo.body.curation).toMatchObject({ undone: true, undoneBy: 'tester' });
    }
    expect(await graphOnly(server)).toEqual(original);
    expect((await entity(STA)).entity.name).toBe('Socialist Teachers Alliance');
    const history = (await server.get(`/api/curations?entity=${enc(STA)}`)).body.curations;
    expect(history.map((c: { kind: string }) => c.kind).sort()).toEqual(['reject-relation', 'rename']);
    expect(history.every((c: { undone: boolean }) => c.undone)).toBe(true);
    const twice = await server.post(`/api/curations/${made[0]?.body.curation.id}/undo`, {}, AUTH);
    expect(twice.status).toBe(404);
  }, 240_000);

  it('undoing one curation keeps the later ones applied', async () => {
    const merge = await post('merge', { from: CDFU, into: LANAC, why: 'test' });
    await post('rename', { entity: LANAC, name: 'LANAC and CDFU', why: 'test' });
    await server.post(`/api/curations/${merge.body.curation.id}/undo`, {}, AUTH);
    expect((await entity(LANAC)).entity.name).toBe('LANAC and CDFU');
    expect((await server.get(`/api/entities/${enc(CDFU)}`)).status).toBe(200);
  }, 120_000);

  it('names the bad input: unknown entity, articles that do not mention it, mismatched types', async () => {
    const unknown = await post('merge', { from: 'person:nobody', into: LANAC, why: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('person:nobody');
    const stray = await post('split', {
      entity: 'person:kauser-jan',
      articles: [SEED_2014],
      name: 'X',
      why: 'x',
    });
    expect(stray.status).toBe(400);
    expect(stray.body.message).toContain(SEED_2014);
    const types = await post('merge', { from: 'person:kauser-jan', into: LANAC, why: 'x' });
    expect(types.body.message).toMatch(/retype/);
  });

  it('every curation endpoint refuses without the token, and with a wrong one', async () => {
    const merge = await post('merge', { from: CDFU, into: LANAC, why: 'test' });
    const calls: [string, object][] = [
      ['/api/curations/split', { entity: LANAC, articles: [SEED_2014], name: 'X', why: 'x' }],
      ['/api/curations/merge', { from: CDFU, into: LANAC, why: 'x' }],
      ['/api/curations/rename', { entity: LANAC, name: 'X', why: 'x' }],
      ['/api/curations/retype', { entity: LANAC, type: 'Party', why: 'x' }],
      [
        '/api/curations/reject-relation',
        { type: 'ENDORSED', source: STA, target: 'person:kauser-jan', why: 'x' },
      ],
      [`/api/curations/${merge.body.curation.id}/undo`, {}],
    ];
    const before = await graphOnly(server);
    for (const [url, body] of calls) {
      expect((await server.post(url, body)).status, url).toBe(401);
      expect((await server.post(url, body, { authorization: 'Bearer wrong' })).status, url).toBe(401);
      expect((await server.post(url, 'not json at all', {})).status, url).toBe(401);
    }
    expect(await graphOnly(server)).toEqual(before);
    const count = await rows(server.driver, 'MATCH (c:Curation) RETURN count(c) AS n');
    expect(count[0]?.n).toBe(1);
    const off = await startTestServer({ driver: server.driver, loadSeeds: false });
    try {
      for (const [url, body] of calls) expect((await off.post(url, body, AUTH)).status, url).toBe(403);
    } finally {
      await off.close();
    }
  });
});

describe('possible namesakes', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer({ settings: { apiToken: TOKEN }, loadSeeds: false });
    await emptyGraph(server.driver);
    dir = mkdtempSync(path.join(tmpdir(), 'caucus-namesakes-'));
    writeFileSync(
      path.join(dir, 'teacher.txt'),
      'date 2020-03-01\n\nJohn Smith, a member of the National Union of Teachers, was elected to the NUT executive. He was backed by the Socialist Teachers Alliance.\n',
    );
    writeFileSync(
      path.join(dir, 'rail.txt'),
      'date 2021-05-01\n\nJohn Smith, an RMT member, stood for RMT general secretary. The RMT Broad Left backed John Smith.\n',
    );
    writeFileSync(
      path.join(dir, 'teacher-again.txt'),
      'date 2022-01-10\n\nJohn Smith, a National Union of Teachers member, spoke at the NUT conference.\n',
    );
    await ingestFiles([dir], { driver: server.driver });
  });
  afterAll(() => server?.close());

  const smiths = async () =>
    (
      await rows(
        server.driver,
        "MATCH (p:Person) WHERE p.name = 'John Smith' RETURN p.key AS key ORDER BY key",
      )
    ).map((r) => r.key as string);

  it('keeps two John Smiths in two unions apart, the teacher in both teaching articles', async () => {
    const keys = await smiths();
    expect(keys).toHaveLength(2);
    const unionsOf = async (key: string) =>
      (await server.get(`/api/entities/${enc(key)}`)).body.relations
        .filter((r: { type: string }) => r.type === 'MEMBER_OF')
        .map((r: { other: { key: string } }) => r.other.key);
    const byUnion = new Map<string, string>();
    for (const key of keys) for (const u of await unionsOf(key)) byUnion.set(u, key);
    const teacher = byUnion.get('union:national-union-of-teachers');
    const rail = byUnion.get('union:national-union-of-rail-maritime-and-transport-workers');
    expect(teacher && rail && teacher !== rail, JSON.stringify([...byUnion])).toBe(true);
    expect((await server.get(`/api/entities/${enc(teacher as string)}`)).body.articles).toHaveLength(2);
  });

  it('lists them in GET /api/review as possible namesakes, and a curated merge survives a re-ingest', async () => {
    const review = (await server.get('/api/review')).body;
    const flagged = review.namesakes.find(
      (n: { kind: string; entity: { name: string } }) => n.kind === 'kept-apart',
    );
    expect(flagged?.entity.name).toBe('John Smith');
    expect(flagged?.other.name).toBe('John Smith');
    expect(flagged?.other.key).not.toBe(flagged?.entity.key);
    expect(Array.isArray(review.merges) && Array.isArray(review.relations)).toBe(true);

    const merge = await server.post(
      '/api/curations/merge',
      { from: flagged.entity.key, into: flagged.other.key, why: 'one man, retrained' },
      AUTH,
    );
    expect(merge.status, JSON.stringify(merge.body)).toBe(201);
    expect(await smiths()).toEqual([flagged.other.key]);
    const ids = (await rows(server.driver, 'MATCH (a:Article) RETURN a.id AS id')).map((r) => r.id as string);
    await removeArticleIds(server.driver, ids);
    await ingestFiles([dir], { driver: server.driver });
    expect(await smiths()).toEqual([flagged.other.key]);
    const after = (await server.get('/api/review')).body;
    expect(
      after.namesakes.filter((n: { entity: { name: string } }) => n.entity.name === 'John Smith'),
    ).toEqual([]);
  });
});

describe('GET /api/review on the seeds', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('lists weak merges and relations resting on one low-confidence sentence, weakest first', async () => {
    const { status, body } = await server.get('/api/review?below=0.8');
    expect(status).toBe(200);
    expect(body.merges.length).toBeGreaterThan(0);
    for (const m of body.merges) expect(m.confidence).toBeLessThan(0.8);
    const confidences = body.relations.map((r: { confidence: number }) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => a - b));
    for (const r of body.relations) {
      expect(r.confidence).toBeLessThan(0.8);
      expect(r.evidence.sentence.length).toBeGreaterThan(0);
    }
    const stricter = (await server.get('/api/review?below=0.5')).body;
    expect(stricter.relations.length).toBeLessThanOrEqual(body.relations.length);
  });
});
