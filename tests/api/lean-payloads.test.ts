// Ego networks, paths and links send edges without their per-article lists (evidence, voices,
// article ids and dates) or the stored voice tally and evidence bookkeeping, only the newest pieces
// where evidence is shown; path search skips the hub relation types unless asked (hubs=true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

const BROADLY = 'faction:broadly-speaking@national-union-of-teachers';
const HUBS = ['ACTIVE_IN', 'ELECTION_OF', 'PART_OF'];
const LISTS = [
  'evidenceVoices',
  'evidencePartisan',
  'evidenceArticleIds',
  'articleIds',
  'articleDates',
  'voicePieces',
  'voicePartisan',
  'evidenceSeq',
];

interface PathEdge {
  type: string;
  evidence: unknown[];
  evidenceCount: number;
  attribution: { sources: number };
}

describe('lean read payloads', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('sends ego-network edges with counts and dates, without evidence or per-article lists', async () => {
    const { status, body } = await server.get(`/api/entities/${enc(BROADLY)}/neighbors?depth=2`);
    expect(status).toBe(200);
    expect(body.edges.length).toBeGreaterThan(3);
    const text = JSON.stringify(body);
    for (const list of [...LISTS, '"evidence"']) expect(text).not.toContain(list);
    for (const e of body.edges) {
      expect(e.attributes.evidenceCount).toBeGreaterThan(0);
      expect(e.attributes.articleCount).toBeGreaterThan(0);
    }
    expect(body.edges.some((e: { attributes: { firstDate?: string } }) => e.attributes.firstDate)).toBe(true);
  });

  it('sends path and link edges with their newest evidence and its count, not the lists', async () => {
    const jan = 'person:kauser-jan';
    const paths = (await server.get(`/api/paths?from=${enc(BROADLY)}&to=${enc(jan)}&maxHops=3`)).body.paths;
    const links = (await server.get(`/api/links?faction=${enc(BROADLY)}&candidate=${enc(jan)}`)).body.links;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of [...paths, ...links]) {
      for (const list of LISTS) expect(JSON.stringify(p.edges)).not.toContain(list);
      for (const e of p.edges as PathEdge[]) {
        expect(e.evidence.length).toBeGreaterThan(0);
        expect(e.evidence.length).toBeLessThanOrEqual(5);
        expect(e.evidenceCount).toBeGreaterThanOrEqual(e.evidence.length);
        expect(e.attribution.sources).toBeGreaterThan(0);
      }
    }
  });

  it('walks hub relations only when asked', async () => {
    const graph = (await server.get('/api/graph?format=graphology&relations=ACTIVE_IN')).body;
    const hubEdge = graph.edges[0] as { source: string; target: string };
    expect(hubEdge).toBeDefined();
    const paths = async (query: string) =>
      (await server.get(`/api/paths?from=${enc(hubEdge.source)}&to=${enc(hubEdge.target)}${query}`)).body
        .paths as { edges: PathEdge[] }[];
    const withHubs = await paths('&hubs=true');
    expect(withHubs.map((p) => p.edges.map((e) => e.type))).toContainEqual(['ACTIVE_IN']);
    for (const p of await paths('')) for (const e of p.edges) expect(HUBS).not.toContain(e.type);
    const bad = await server.get(
      `/api/paths?from=${enc(hubEdge.source)}&to=${enc(hubEdge.target)}&hubs=maybe`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('hubs');
  });

  it('documents the hubs parameter in the OpenAPI schema', async () => {
    const spec = (await server.get('/docs/json')).body;
    const names = spec.paths['/api/paths'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toContain('hubs');
  });
});
