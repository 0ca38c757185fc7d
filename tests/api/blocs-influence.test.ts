// GET /api/blocs and GET /api/influence on the seeds: the NUT articles' hard-left and moderate
// camps fall into different blocs, each named and its ties sourced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

const NUT = 'union:national-union-of-teachers';
const HARD_LEFT = [
  'faction:local-associations-national-action-campaign@national-union-of-teachers',
  'faction:socialist-teachers-alliance@national-union-of-teachers',
  'faction:campaign-for-a-democratic-and-fighting-union@national-union-of-teachers',
];
const MODERATE = 'faction:broadly-speaking@national-union-of-teachers';

interface Bloc {
  id: number;
  name: string;
  namedAfter: { key: string; type: string };
  members: { key: string; type: string }[];
  ties: {
    source: { key: string };
    target: { key: string };
    reasons: {
      kind: string;
      relations: { evidence: { sentence: string; article: { title: string } }[] }[];
    }[];
  }[];
}

const blocOf = (blocs: Bloc[], key: string) => blocs.find((b) => b.members.some((m) => m.key === key));

describe('GET /api/blocs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('puts the hard-left factions with Kauser Jan and Broadly Speaking with Amanda Martin, apart', async () => {
    for (const query of ['', `?union=${enc(NUT)}`]) {
      const { status, body } = await server.get(`/api/blocs${query}`);
      expect(status).toBe(200);
      const blocs = body.blocs as Bloc[];
      const left = blocOf(blocs, HARD_LEFT[0] as string);
      expect(left).toBeDefined();
      for (const key of [...HARD_LEFT, 'person:kauser-jan']) expect(blocOf(blocs, key)?.id).toBe(left?.id);
      const moderate = blocOf(blocs, MODERATE);
      expect(moderate?.id).not.toBe(left?.id);
      expect(blocOf(blocs, 'person:amanda-martin')?.id).toBe(moderate?.id);
      expect(moderate?.name).toBe('Broadly Speaking');
      // Named by one of its own factions.
      expect(HARD_LEFT).toContain(left?.namedAfter.key);
    }
  });

  it('sources every tie it reports with the sentences of the relations behind it', async () => {
    const { body } = await server.get(`/api/blocs?union=${enc(NUT)}`);
    const blocs = body.blocs as Bloc[];
    const left = blocOf(blocs, HARD_LEFT[0] as string) as Bloc;
    expect(left.ties.length).toBeGreaterThan(0);
    const co = left.ties.flatMap((t) => t.reasons).find((r) => r.kind === 'co-endorsed');
    expect(co?.relations).toHaveLength(2);
    expect(co?.relations[0]?.evidence[0]?.sentence).toContain('Ms Jan, a teacher and activist from Leeds');
    for (const b of blocs)
      for (const t of b.ties)
        for (const r of t.reasons) {
          expect(r.relations.length).toBeGreaterThan(0);
          for (const rel of r.relations) expect(rel.evidence[0]?.article?.title).toBeTruthy();
        }
  });

  it('keeps to the span: 2014 has the executive election, 2017 the vice-presidency', async () => {
    const y2014 = (await server.get(`/api/blocs?union=${enc(NUT)}&since=2014&until=2014`)).body
      .blocs as Bloc[];
    const keys2014 = y2014.flatMap((b) => b.members.map((m) => m.key));
    expect(keys2014).toContain('person:jane-nellist');
    expect(keys2014).not.toContain('person:kauser-jan');
    const y2017 = (await server.get('/api/blocs?since=2017-01-01')).body.blocs as Bloc[];
    const keys2017 = y2017.flatMap((b) => b.members.map((m) => m.key));
    expect(keys2017).toContain('person:kauser-jan');
    expect(keys2017).not.toContain('person:jane-nellist');
  });

  it('gives the same answer every time (seeded Louvain)', async () => {
    const a = await server.get(`/api/blocs?union=${enc(NUT)}`);
    const b = await server.get(`/api/blocs?union=${enc(NUT)}`);
    expect(JSON.stringify(b.body)).toBe(JSON.stringify(a.body));
  });

  it('answers 404 naming an unknown union, and 400 for a span backwards', async () => {
    const unknown = await server.get(`/api/blocs?union=${enc('party:socialist-party')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('party:socialist-party');
    expect((await server.get('/api/blocs?since=2018&until=2017')).status).toBe(400);
    expect((await server.get('/api/blocs?since=last+year')).status).toBe(400);
  });
});

describe('GET /api/influence', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('ranks by betweenness with LANAC, the faction that bridges the two NUT articles, on top among factions', async () => {
    const { status, body } = await server.get(`/api/influence?union=${enc(NUT)}&sort=betweenness&limit=100`);
    expect(status).toBe(200);
    const rows = body.rows as {
      key: string;
      type: string;
      betweenness: number;
      blocsReached: number;
      degree: number;
    }[];
    expect(rows.length).toBe(body.total);
    const factions = rows.filter((r) => r.type === 'Faction');
    expect(factions[0]?.key).toBe(HARD_LEFT[0]);
    // LANAC's convenor sits in another bloc: its ties reach two.
    expect(factions[0]?.blocsReached).toBe(2);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]?.betweenness ?? 0).toBeGreaterThanOrEqual(rows[i]?.betweenness ?? 0);
  });

  it('counts for each endorser the candidates it backed, and their wins', async () => {
    const { body } = await server.get(`/api/influence?union=${enc(NUT)}`);
    const bs = (
      body.rows as { key: string; backed: number; won: number; winRate: number | null; bloc: number }[]
    ).find((r) => r.key === MODERATE);
    expect(bs).toMatchObject({ backed: 1, won: 0, winRate: 0 });
    expect(bs?.bloc).toEqual(expect.any(Number));
  });
});
