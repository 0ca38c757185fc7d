// Changed allegiances on the allegiance fixture pairs, the seeds and the dev articles: exactly the
// changes the texts state, both sides with dated evidence, and nothing for a tie merely unmentioned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_DEV_ARTICLES, ingestRaceCorpus } from '../support/race-corpus.ts';
import { rows } from '../support/test-graph.ts';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

interface Side {
  entity: { key: string; name: string };
  said: string;
  date: string | null;
  evidence: { sentence: string; articleId: string; ended?: boolean; article: { date: string } }[];
}
interface Flag {
  id: string;
  type: string;
  subject: { key: string };
  summary: string;
  before: Side;
  after: Side;
  entities: string[];
}

const OKAFOR = 'person:maria-okafor';
const FORWARD = 'faction:postal-workers-forward@communication-workers-union';

describe('GET /api/changes', () => {
  let server: TestServer;
  let all: Flag[];
  const one = (type: string, subject: string) => {
    const found = all.filter((f) => f.type === type && f.subject.key === subject);
    expect(found, `${type} of ${subject}`).toHaveLength(1);
    return found[0] as Flag;
  };

  beforeAll(async () => {
    server = await startTestServer();
    await ingestRaceCorpus(server.driver, { dev: true });
    const { status, body } = await server.get('/api/changes');
    expect(status, JSON.stringify(body)).toBe(200);
    all = body.changes;
  });
  afterAll(() => server.close());

  it(`lists exactly the changes the texts state${HAS_DEV_ARTICLES ? ', none from the seeds or dev articles' : ''}`, () => {
    expect(all.map((f) => `${f.type} ${f.subject.key}`).sort()).toEqual(
      [
        `backers-changed ${OKAFOR}`,
        `endorsed-former-opponent ${FORWARD}`,
        `stood-against-own-party ${OKAFOR}`,
        'tie-ended person:leo-grant',
        // The UAW articles: Fain on the Members United slate in 2022, backed by UAWD in 2023.
        ...(HAS_DEV_ARTICLES ? ['backers-changed person:shawn-fain'] : []),
      ].sort(),
    );
  });

  it('flags a member of the SWP who later stood against the SWP candidate, with both dates', () => {
    const f = one('stood-against-own-party', OKAFOR);
    expect(f.before).toMatchObject({ entity: { name: 'Socialist Workers Party' }, date: '2015-06-02' });
    expect(f.before.evidence[0]?.sentence).toContain('a Socialist Workers Party member');
    expect(f.after).toMatchObject({ entity: { name: 'Dan Price' }, date: '2019-05-14' });
    expect(f.after.evidence.map((e) => e.sentence)).toContain(
      'Her rival, Dan Price, a London engineering rep, was backed by the Socialist Workers Party.',
    );
  });

  it('flags a faction endorsing the candidate whose rival it had backed', () => {
    const f = one('endorsed-former-opponent', FORWARD);
    expect(f.before).toMatchObject({ entity: { name: 'Tom Fielding' }, date: '2015-06-02' });
    expect(f.before.evidence[0]?.sentence).toContain('Tom Fielding, is endorsed by Postal Workers Forward');
    expect(f.after).toMatchObject({
      entity: { key: OKAFOR },
      said: 'endorsed Maria Okafor',
      date: '2019-05-14',
    });
    expect(f.after.evidence[0]?.sentence).toContain('This time Okafor was backed by Postal Workers Forward');
  });

  it('flags a candidate backed by different factions in different years', () => {
    const f = one('backers-changed', OKAFOR);
    expect([f.before.said, f.before.date, f.after.said, f.after.date]).toEqual([
      'backed by CWU Broad Left',
      '2015-06-02',
      'backed by Postal Workers Forward',
      '2019-05-14',
    ]);
  });

  it('flags a tie the text says ended, from the evidence marked ended', async () => {
    const f = one('tie-ended', 'person:leo-grant');
    expect(f.before.date).toBe('2020-04-07');
    expect(f.before.evidence[0]?.sentence).toContain('Leo Grant, a Socialist Party member');
    expect(f.after.date).toBe('2022-04-11');
    expect(f.after.evidence[0]).toMatchObject({ ended: true });
    expect(f.after.evidence[0]?.sentence).toContain('who left the Socialist Party last year');
    // The marker stays on that article's evidence, not on the edge both articles share.
    const [edge] = await rows(
      server.driver,
      `MATCH (:Person {key: 'person:leo-grant'})-[r:MEMBER_OF]->()
       RETURN r.ended AS ended,
              reduce(n = 0, x IN COLLECT { MATCH (ev:Evidence {edge: r.id}) RETURN size(ev.pieces) } | n + x) AS n`,
    );
    expect(edge).toEqual({ ended: null, n: 2 });
  });

  it('flags nothing for ties that are merely not mentioned again, nor for a new backer joining', async () => {
    for (const key of [
      'person:priya-shah',
      'person:owen-baxter',
      'faction:neu-left@national-education-union',
    ]) {
      const { status, body } = await server.get(`/api/changes?entity=${enc(key)}`);
      expect(status).toBe(200);
      expect(body.changes, key).toEqual([]);
    }
  });

  it('filters by entity and by type, and names a bad type or an unknown entity', async () => {
    const forOkafor = (await server.get(`/api/changes?entity=${enc(OKAFOR)}`)).body.changes as Flag[];
    expect(forOkafor.map((f) => f.type).sort()).toEqual([
      'backers-changed',
      'endorsed-former-opponent',
      'stood-against-own-party',
    ]);
    const ended = (await server.get('/api/changes?type=tie-ended,backers-changed')).body.changes as Flag[];
    expect([...new Set(ended.map((f) => f.type))].sort()).toEqual(['backers-changed', 'tie-ended']);
    const bad = await server.get('/api/changes?type=betrayal');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('betrayal');
    expect((await server.get('/api/changes?entity=person:nobody-at-all')).status).toBe(404);
  });

  it("shows a person's ties of two years on their timeline, dated", async () => {
    const { body } = await server.get(`/api/entities/${enc(OKAFOR)}/timeline`);
    expect([body.first, body.last]).toEqual(['2015-06-02', '2019-05-14']);
    const years = new Set(
      body.relations.flatMap((r: { points: { date: string }[] }) => r.points.map((p) => p.date.slice(0, 4))),
    );
    expect([...years].sort()).toEqual(['2015', '2019']);
    const member = body.relations.find(
      (r: { type: string; other: { name: string } }) =>
        r.type === 'MEMBER_OF' && r.other.name === 'Socialist Workers Party',
    );
    expect(member).toMatchObject({
      direction: 'out',
      other: { name: 'Socialist Workers Party' },
      firstDate: '2015-06-02',
    });
    expect(member.points[0].evidence.sentence).toContain('Maria Okafor, a Socialist Workers Party member');
  });
});
