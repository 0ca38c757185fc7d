// Stats, the overview, entity views, searches, neighbourhoods, paths and links are cached per
// process: a curation through this server clears them at once, and a write by another process is noticed through the store fingerprint (checked here on
// every request, or never within the test, by the check interval).
import path from 'node:path';
import { ingestFiles } from '@caucus/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const AUTH = { authorization: 'Bearer read-cache-token' };
const JAN = 'person:kauser-jan';
const BROADLY = 'faction:broadly-speaking@national-union-of-teachers';
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/articles/pcs-2024-president.txt');

const nameIn = (graph: { nodes: { key: string; attributes: { label: string } }[] }, key: string) =>
  graph.nodes.find((n) => n.key === key)?.attributes.label;

describe('read cache', () => {
  let server: TestServer;
  // Never looks at the store's fingerprint during the test: only invalidation clears the cache.
  beforeAll(async () => {
    server = await startTestServer({
      settings: { apiToken: 'read-cache-token', readCacheCheckMs: 3_600_000 },
    });
  });
  afterAll(() => server.close());

  it('clears stats, the overview, entity views, searches, neighbourhoods, paths and links on a curation and its undo', async () => {
    const graph = async () => (await server.get('/api/graph?format=graphology')).body;
    const entity = async () => (await server.get(`/api/entities/${JAN}`)).body.entity.name;
    const found = async () =>
      ((await server.get('/api/search?q=kauser')).body.results as { key: string; name: string }[]).find(
        (r) => r.key === JAN,
      )?.name;
    const neighbours = async () => nameIn((await server.get(`/api/entities/${JAN}/neighbors`)).body, JAN);
    const onPath = async (route: string) => {
      const body = (await server.get(route)).body as Record<
        string,
        { nodes: { key: string; name: string }[] }[]
      >;
      const [first] = Object.values(body)[0] ?? [];
      return first?.nodes.find((n) => n.key === JAN)?.name;
    };
    const path = () => onPath(`/api/paths?from=${JAN}&to=${BROADLY}`);
    const link = () => onPath(`/api/links?faction=${BROADLY}&candidate=${JAN}`);
    const names = async () => [await entity(), await found(), await neighbours(), await path(), await link()];
    expect(nameIn(await graph(), JAN)).toBe('Kauser Jan');
    expect(await names()).toEqual(Array(5).fill('Kauser Jan'));
    expect((await server.get('/api/stats')).body.labels.Curation).toBeUndefined();
    const made = await server.post(
      '/api/curations/rename',
      { entity: JAN, name: 'Kauser Jan (renamed)', why: 'cache test' },
      AUTH,
    );
    expect(made.status).toBe(201);
    expect(nameIn(await graph(), JAN)).toBe('Kauser Jan (renamed)');
    expect(await names()).toEqual(Array(5).fill('Kauser Jan (renamed)'));
    expect((await server.get('/api/stats')).body.labels.Curation).toBe(1);
    const undone = await server.post(`/api/curations/${made.body.curation.id}/undo`, {}, AUTH);
    expect(undone.status).toBe(200);
    expect(nameIn(await graph(), JAN)).toBe('Kauser Jan');
    expect(await names()).toEqual(Array(5).fill('Kauser Jan'));
  });

  it('keeps answering from the cache while another process writes, until the store is checked', async () => {
    const before = (await server.get('/api/stats')).body.labels.Article;
    const watching = await startTestServer({
      driver: server.driver,
      loadSeeds: false,
      settings: { readCacheCheckMs: 0 },
    });
    try {
      expect((await watching.get('/api/stats')).body.labels.Article).toBe(before);
      // As a CLI ingest would: straight to Neo4j, past both servers.
      await ingestFiles([FIXTURE], { driver: server.driver });
      expect((await watching.get('/api/stats')).body.labels.Article).toBe(before + 1);
      expect((await server.get('/api/stats')).body.labels.Article).toBe(before);
    } finally {
      await watching.close();
    }
  });
});
