// Each endpoint's answers and its bad input, against the real server and a real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

const BROADLY = 'faction:broadly-speaking@national-union-of-teachers';

describe('API endpoints', () => {
  let server: TestServer;
  let jan: string;
  let martin: string;
  beforeAll(async () => {
    server = await startTestServer({ settings: { apiToken: 'sekret-token' } });
    jan = (await server.get('/api/search?q=Kauser%20Jan')).body.results[0].key;
    martin = (await server.get('/api/search?q=amanda')).body.results[0].key;
  });
  afterAll(() => server.close());

  it('reports health with Neo4j, and counts by label and relation type', async () => {
    expect((await server.get('/api/health')).body).toMatchObject({ status: 'ok', neo4j: 'up' });
    const stats = (await server.get('/api/stats')).body;
    expect(stats.labels.Article).toBe(2);
    expect(stats.relations.ENDORSED).toBeGreaterThanOrEqual(4);
  });

  it('searches names and aliases, ranked, with prefixes and a type filter', async () => {
    expect(jan).toBe('person:kauser-jan');
    const prefix = (await server.get('/api/search?q=lan')).body.results;
    expect(prefix[0].aliases).toContain('LANAC');
    const typed = (await server.get('/api/search?q=socialist&type=Party')).body.results;
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((r: { type: string }) => r.type === 'Party')).toBe(true);
    expect((await server.get('/api/search?q=%22%3A%28%5B')).status).toBe(200);
  });

  it('returns an entity with its articles and relations, each with evidence and its article', async () => {
    const { body } = await server.get(`/api/entities/${enc(jan)}`);
    expect(body.entity).toMatchObject({ key: jan, type: 'Person', name: 'Kauser Jan' });
    expect(body.articles[0]).toMatchObject({ date: '2017-11-01' });
    const endorsements = body.relations.filter((r: { type: string }) => r.type === 'ENDORSED');
    expect(endorsements).toHaveLength(3);
    for (const r of endorsements) {
      expect(r.direction).toBe('in');
      expect(r.evidence[0].sentence).toContain('Ms Jan');
      expect(r.evidence[0].article.date).toBe('2017-11-01');
    }
  });

  it('shows the strongest relations of each group with its total, and pages the rest', async () => {
    type Rel = { type: string; direction: string; other: { key: string }; evidenceCount: number };
    type Group = { type: string; direction: string; total: number; shown: number };
    const ids = (rels: Rel[]) => rels.map((r) => `${r.type} ${r.direction} ${r.other.key}`).sort();
    const full = (await server.get(`/api/entities/${enc(jan)}?perGroup=500`)).body;
    const brief = (await server.get(`/api/entities/${enc(jan)}?perGroup=1&articles=1`)).body;
    expect(brief.articles).toHaveLength(1);
    expect(brief.articleTotal).toBe(full.articles.length);
    const paged = brief.relationGroups.filter((g: Group) => g.total > 1);
    expect(paged.length).toBeGreaterThan(0);
    let fromPages: Rel[] = [];
    for (const g of brief.relationGroups as Group[]) {
      const mine = brief.relations.filter((r: Rel) => r.type === g.type && r.direction === g.direction);
      expect(mine).toHaveLength(g.shown);
      expect(g.shown).toBe(Math.min(1, g.total));
      const page = (
        await server.get(`/api/entities/${enc(jan)}/relations?type=${g.type}&direction=${g.direction}`)
      ).body;
      expect(page.total).toBe(g.total);
      // Strongest first: the view's pick is the page's first, and evidence never rises.
      expect(ids(page.relations.slice(0, 1))).toEqual(ids(mine));
      const counts = page.relations.map((r: Rel) => r.evidenceCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const second = (
        await server.get(
          `/api/entities/${enc(jan)}/relations?type=${g.type}&direction=${g.direction}&offset=1&limit=1`,
        )
      ).body;
      expect(ids(second.relations)).toEqual(ids(page.relations.slice(1, 2)));
      fromPages = [...fromPages, ...page.relations];
    }
    expect(ids(fromPages)).toEqual(ids(full.relations));
    const bad = await server.get(`/api/entities/${enc(jan)}/relations?type=LIKES&direction=out`);
    expect(bad.status).toBe(400);
    const none = await server.get('/api/entities/person:nobody/relations?type=ENDORSED&direction=in');
    expect(none.status).toBe(404);
  });

  it('returns ego networks in graphology format, without article nodes', async () => {
    const { body } = await server.get(`/api/entities/${enc(jan)}/neighbors?depth=2&limit=100`);
    expect(body.options.type).toBe('mixed');
    expect(body.nodes.map((n: { key: string }) => n.key)).toContain(BROADLY);
    expect(body.nodes.every((n: { attributes: { type: string } }) => n.attributes.type !== 'Article')).toBe(
      true,
    );
    const endorsedOnly = (await server.get(`/api/entities/${enc(jan)}/neighbors?types=ENDORSED`)).body;
    expect(
      endorsedOnly.edges.every((e: { attributes: { type: string } }) => e.attributes.type === 'ENDORSED'),
    ).toBe(true);
  });

  it('returns a capped, filtered subgraph and says when it was truncated', async () => {
    const g = (q = '') => server.get(`/api/graph?format=graphology${q}`).then((r) => r.body);
    const all = await g();
    expect(all.attributes.truncated).toBe(false);
    expect(all.nodes.length).toBeGreaterThan(20);
    expect(all.edges.length).toBeGreaterThan(20);
    const capped = await g('&limit=5');
    expect(capped.nodes).toHaveLength(5);
    expect(capped.attributes.truncated).toBe(true);
    const people = await g('&types=Person,Faction&relations=ENDORSED');
    expect(
      people.nodes.every((n: { attributes: { type: string } }) =>
        ['Person', 'Faction'].includes(n.attributes.type),
      ),
    ).toBe(true);
    expect(people.edges.length).toBe(4);
    const old = await g('&until=2015-01-01&relations=ENDORSED');
    expect(old.edges).toHaveLength(0);
  });

  it('sends the overview compactly: weights and first/last dates, no evidence, evidence on demand', async () => {
    const full = (await server.get('/api/graph?format=graphology')).body;
    const { body } = await server.get('/api/graph');
    const text = JSON.stringify(body);
    expect(body.format).toBe('columns');
    expect(body.nodes.key).toHaveLength(full.nodes.length);
    expect(body.edges.source).toHaveLength(full.edges.length);
    expect(text).not.toContain('articleIds');
    expect(text).not.toContain('sentence');
    // Decoded as the viewer decodes it, every edge matches the graphology form.
    let id = 0;
    const byKey = new Map(full.edges.map((e: { key: string }) => [e.key, e]));
    body.edges.source.forEach((s: number, i: number) => {
      id += body.edges.idDelta[i];
      const e = byKey.get(`${body.edges.idPrefix}${id}`) as {
        source: string;
        target: string;
        attributes: { type: string; weight: number; firstDate?: string; lastDate?: string };
      };
      expect(e.source).toBe(body.nodes.key[s]);
      expect(e.target).toBe(body.nodes.key[body.edges.target[i]]);
      expect(e.attributes.type).toBe(body.relations[body.edges.type[i]]);
      expect(e.attributes.weight).toBe(body.edges.weight[i]);
      const first = body.edges.firstDay[i];
      if (first !== null) {
        const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(day(first)).toBe(e.attributes.firstDate);
        expect(day(first + body.edges.lastDayAfterFirst[i])).toBe(e.attributes.lastDate);
      }
    });
    // One endorsement of Kauser Jan, opened: its sentences.
    const endorsement = full.edges.find(
      (e: { target: string; attributes: { type: string } }) =>
        e.target === jan && e.attributes.type === 'ENDORSED',
    );
    const opened = (await server.get(`/api/graph/evidence?edge=${enc(endorsement.key)}`)).body;
    expect(opened.evidenceCount).toBe(endorsement.attributes.weight);
    expect(opened.evidence[0].sentence).toContain('Ms Jan');
    expect((await server.get('/api/graph/evidence?edge=nope')).status).toBe(404);
  });

  it('finds shortest paths with evidence on every edge', async () => {
    const { body } = await server.get(`/api/paths?from=${enc(BROADLY)}&to=${enc(jan)}&maxHops=3`);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) {
      expect(p.nodes[0].key).toBe(BROADLY);
      expect(p.nodes[p.nodes.length - 1].key).toBe(jan);
      for (const e of p.edges) expect(e.evidence.length).toBeGreaterThan(0);
      expect(p.sentence).toMatch(/\.$/);
    }
  });

  it('explains the links between Broadly Speaking and Amanda Martin, the direct endorsement first', async () => {
    const { body } = await server.get(`/api/links?faction=${enc(BROADLY)}&candidate=${enc(martin)}`);
    const [first] = body.links;
    expect(first.kind).toBe('direct-endorsement');
    expect(first.sentence).toBe('Broadly Speaking endorsed Amanda Martin.');
    expect(first.edges[0].evidence[0].sentence).toContain('endorsed by Broadly Speaking');
  });

  it('lists articles and returns one with its text and mention spans', async () => {
    const list = (await server.get('/api/articles')).body;
    expect(list.total).toBe(2);
    const id = list.articles[0].id;
    const { body } = await server.get(`/api/articles/${id}`);
    expect(body.article.text.length).toBeGreaterThan(1000);
    const m = body.mentions[0];
    expect(body.article.text.slice(m.start, m.end).length).toBeGreaterThan(0);
  });

  it('answers 404 for unknown ids and 400 naming the bad parameter', async () => {
    expect((await server.get('/api/entities/person%3Anobody')).status).toBe(404);
    expect((await server.get('/api/articles/0123456789abcdef')).status).toBe(404);
    const depth = await server.get(`/api/entities/${enc(jan)}/neighbors?depth=9`);
    expect(depth.status).toBe(400);
    expect(depth.body.message).toContain('depth');
    const types = await server.get('/api/graph?types=Wizard');
    expect(types.status).toBe(400);
    expect(types.body.message).toContain('types');
    const missing = await server.get('/api/paths?from=x');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('to');
    const samePath = await server.get(`/api/paths?from=${enc(jan)}&to=${enc(jan)}`);
    expect(samePath.status).toBe(400);
    expect(samePath.body.message).toContain('from and to are the same entity');
    const sameLink = await server.get(`/api/links?faction=${enc(BROADLY)}&candidate=${enc(BROADLY)}`);
    expect(sameLink.status).toBe(400);
    expect(sameLink.body.message).toContain('faction and candidate');
    expect((await server.get('/api/nothing-here')).status).toBe(404);
  });

  it('serves OpenAPI at /docs and security headers that let the layout worker run', async () => {
    const spec = (await server.get('/docs/json')).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/search', '/api/links', '/api/cypher']),
    );
    const headers = (await server.get('/api/health')).headers;
    expect(headers.get('content-security-policy')).toContain("worker-src 'self' blob:");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('ingests a posted article only with the bearer token', async () => {
    const article = {
      text: 'date 2025-01-01\n\nThe Independent Left has endorsed Gwen Pritchard in the Unison general secretary election.',
    };
    expect((await server.post('/api/articles', article)).status).toBe(401);
    expect(
      (await server.post('/api/articles', article, { authorization: 'Bearer wrong-token!' })).status,
    ).toBe(401);
    const ok = await server.post('/api/articles', article, { authorization: 'Bearer sekret-token' });
    expect(ok.status).toBe(201);
    expect(ok.body.id).toMatch(/^[0-9a-f]{16}$/);
    const again = await server.post('/api/articles', article, { authorization: 'Bearer sekret-token' });
    expect(again.body.status).toBe('unchanged');
    const gwen = (await server.get('/api/search?q=gwen')).body.results[0];
    expect(gwen.name).toBe('Gwen Pritchard');
  });

  it('refuses posted articles when no token is configured', async () => {
    const closed = await startTestServer({ driver: server.driver, loadSeeds: false });
    try {
      const res = await closed.post('/api/articles', { text: 'The GMB met.' }, { authorization: 'Bearer x' });
      expect(res.status).toBe(403);
      expect(res.body.message).toContain('CAUCUS_API_TOKEN');
    } finally {
      await closed.close();
    }
  });
});
