// POST /api/ask on the seeds: every template answers what the articles plainly say, with
// evidence and the Cypher it ran (which the console runs to the same rows); ambiguous names
// offer a choice; questions it cannot map get the nearest templates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, consoleRuns, named } from '../support/ask.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

describe('POST /api/ask on the seeds', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('who endorsed X: the three left factions behind Kauser Jan, with the sentence', async () => {
    const r = await ask(server, 'Who endorsed Kauser Jan?');
    expect(r.status).toBe('answered');
    expect(r.template?.id).toBe('who-endorsed');
    expect(named(r).sort()).toEqual([
      'Campaign for a Democratic and Fighting Union',
      'Local Associations National Action Campaign',
      'Socialist Teachers Alliance',
    ]);
    for (const item of r.answer?.items ?? []) {
      expect(item.evidence[0]?.sentence).toContain('Ms Jan, a teacher and activist from Leeds');
      expect(item.evidence[0]?.article?.title).toBeTruthy();
    }
    expect(r.cypher).toContain('[r:ENDORSED]->(candidate:Person {key: $candidate})');
    expect(r.params).toEqual({ candidate: 'person:kauser-jan', types: null });
    expect(await consoleRuns(server, r)).toBe(3);
  });

  it('which factions backed X keeps factions only: Broadly Speaking behind Amanda Martin', async () => {
    const r = await ask(server, 'which factions backed Amanda Martin');
    expect(named(r)).toEqual(['Broadly Speaking']);
    expect(r.params?.types).toEqual(['Faction']);
    expect((await ask(server, 'which parties backed Amanda Martin')).answer?.items).toEqual([]);
  });

  it('who did F back in YEAR: Broadly Speaking backed Amanda Martin in 2017, nobody in 2014', async () => {
    const r = await ask(server, 'who did Broadly Speaking back in 2017');
    expect(r.template?.id).toBe('backed-in-year');
    expect(named(r, 1)).toEqual(['Amanda Martin']);
    expect(await consoleRuns(server, r)).toBe(1);
    const none = await ask(server, 'who did Broadly Speaking back in 2014');
    expect(none.status).toBe('answered');
    expect(none.answer?.items).toEqual([]);
    expect(none.message).toContain('no endorsement by Broadly Speaking in 2014');
  });

  it('who stood in the UNION POST election YEAR: the 2014 executive, winners first', async () => {
    const r = await ask(server, 'who stood in the NUT executive election 2014?');
    expect(r.template?.id).toBe('stood-in-election');
    expect(r.slots[0]?.entity?.key).toBe('election:national-union-of-teachers:executive:2014');
    const elected = (r.answer?.items ?? [])
      .filter((i) => /elected/.test(i.text))
      .map((i) => i.entities[0]?.name);
    expect(elected.sort()).toEqual([
      'Jane Nellist',
      'Liam Conway',
      'Martin Powell Davies',
      'Pete Glover',
      'Phil Clarke',
    ]);
    expect(named(r)).toEqual(expect.arrayContaining(['Alex Kenny', 'Jess Edwards']));
    expect(r.answer?.items.find((i) => i.entities[0]?.name === 'Liam Conway')?.text).toContain(
      'Derbyshire and Nottinghamshire',
    );
    expect(await consoleRuns(server, r)).toBe(r.answer?.items.length);
  });

  it('who stood: the 2017 vice-presidency had two candidates and no result yet', async () => {
    const r = await ask(server, 'who were the candidates for the NUT vice president election in 2017');
    expect(named(r).sort()).toEqual(['Amanda Martin', 'Kauser Jan']);
    expect(r.answer?.items.every((i) => i.text.endsWith('stood'))).toBe(true);
  });

  it('which factions backed the winner: no winner of the 2017 vote, and who backed whom', async () => {
    const r = await ask(server, 'which factions backed the winner of the NUT vice-president election 2017');
    expect(r.template?.id).toBe('backed-the-winner');
    expect(r.message).toContain('no winner of NUT Vice-President election 2017');
    expect(r.message).toContain('Broadly Speaking backed Amanda Martin');
    expect(named(r).sort()).toEqual([
      'Broadly Speaking',
      'Campaign for a Democratic and Fighting Union',
      'Local Associations National Action Campaign',
      'Socialist Teachers Alliance',
    ]);
  });

  it('how is F linked to C: Broadly Speaking endorsed Amanda Martin, with the link finder’s Cypher', async () => {
    const r = await ask(server, 'How is Broadly Speaking linked to Amanda Martin?');
    expect(r.template?.id).toBe('how-linked');
    expect(r.answer?.items[0]?.text).toBe('Broadly Speaking endorsed Amanda Martin.');
    expect(r.answer?.items[0]?.evidence[0]?.sentence).toContain('endorsed by Broadly Speaking');
    expect(await consoleRuns(server, r)).toBeGreaterThanOrEqual(1);
  });

  it('how is F linked to F: answered with no link instead of a server error', async () => {
    const r = await ask(server, 'How is Broadly Speaking linked to Broadly Speaking?');
    expect(r.template?.id).toBe('how-linked');
    expect(r.status).toBe('answered');
    expect(r.answer?.items).toEqual([]);
  });

  it('which candidates did both F and G back: Kauser Jan, even when a name holds "and"', async () => {
    for (const q of [
      'which candidates did both LANAC and the Socialist Teachers Alliance back',
      'who was backed by both the Campaign for a Democratic and Fighting Union and LANAC',
    ]) {
      const r = await ask(server, q);
      expect(r.template?.id).toBe('backed-by-both');
      expect(named(r, 1)).toEqual(['Kauser Jan']);
      expect(r.answer?.items[0]?.evidence).toHaveLength(2);
      expect(await consoleRuns(server, r)).toBe(1);
    }
    const none = await ask(server, 'which candidates did both LANAC and Broadly Speaking back');
    expect(none.answer?.items).toEqual([]);
  });

  it('what changed for X: LANAC’s relations in the order they were first reported', async () => {
    const r = await ask(server, 'what changed for LANAC?');
    expect(r.template?.id).toBe('what-changed');
    const texts = r.answer?.items.map((i) => i.text) ?? [];
    const convenor = texts.findIndex((t) =>
      t.startsWith('2014-04-12: Martin Powell Davies holds office in Local Associations'),
    );
    const jan = texts.findIndex((t) =>
      t.startsWith('2017-11-01: Local Associations National Action Campaign endorsed Kauser Jan'),
    );
    expect(convenor).toBeGreaterThanOrEqual(0);
    expect(jan).toBeGreaterThan(convenor);
    const since = await ask(server, 'what changed for LANAC since 2015');
    expect(since.answer?.items.some((i) => i.text.includes('Martin Powell Davies'))).toBe(false);
    expect(since.answer?.items.some((i) => i.text.includes('Kauser Jan'))).toBe(true);
  });

  it('offers a choice when a name fits several entities, and answers once one is picked', async () => {
    const r = await ask(server, 'who endorsed Martin');
    expect(r.status).toBe('ambiguous');
    expect(r.slots[0]?.options.map((o) => o.key).sort()).toEqual([
      'person:amanda-martin',
      'person:martin-powell-davies',
    ]);
    expect(r.slots[0]?.options[0]?.detail).toMatch(/person/);
    expect(r.cypher).toBeNull();
    const picked = await ask(server, 'who endorsed Martin', { candidate: 'person:amanda-martin' });
    expect(picked.status).toBe('answered');
    expect(named(picked)).toEqual(['Broadly Speaking']);
  });

  it('refuses a pick of the wrong kind, naming the slot', async () => {
    const { status, body } = await server.post('/api/ask', {
      question: 'who endorsed Martin',
      picks: { candidate: 'faction:broadly-speaking@national-union-of-teachers' },
    });
    expect(status).toBe(400);
    expect(body.message).toContain('picks/candidate');
  });

  it('says when a name is not in the graph', async () => {
    const r = await ask(server, 'who endorsed Jeremy Clarkson');
    expect(r.status).toBe('not-found');
    expect(r.message).toContain('"Jeremy Clarkson"');
    expect(r.answer).toBeNull();
  });

  it('answers an unmappable question plainly, with the nearest templates', async () => {
    const r = await ask(server, 'what is the weather like in Leeds');
    expect(r.status).toBe('not-understood');
    expect(r.message).toMatch(/does not fit any of the questions/);
    expect(r.nearest).toHaveLength(3);
    const changed = await ask(server, 'tell me the winners');
    expect(changed.status).toBe('not-understood');
    expect(changed.nearest[0]?.id).toBe('backed-the-winner');
    const noElection = await ask(server, 'which factions backed the winner?');
    expect(noElection.status).toBe('not-understood');
    expect(noElection.message).toContain('which election');
  });

  it('lists the templates it understands', async () => {
    const { body } = await server.get('/api/ask/templates');
    expect(body.templates.map((t: { id: string }) => t.id).sort()).toEqual([
      'backed-by-both',
      'backed-in-year',
      'backed-the-winner',
      'how-linked',
      'stood-in-election',
      'what-changed',
      'who-endorsed',
    ]);
  });

  it('every example question it offers is answered', async () => {
    const { body } = await server.get('/api/ask/templates');
    for (const t of body.templates as { id: string; examples: string[] }[])
      for (const q of t.examples) {
        const r = await ask(server, q);
        expect(r.status, q).toBe('answered');
        expect(r.template?.id, q).toBe(t.id);
      }
  });
});
