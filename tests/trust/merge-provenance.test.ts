// "Why is this one entity?" on the seeds: every name an entity carries comes with the rule that
// tied it and the sentence it was read in, per article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

interface MergeName {
  name: string;
  via: string;
  rule: string;
  sentence: string;
  start: number;
  end: number;
}

describe('merge provenance on GET /api/entities/:id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('names the two articles that both say LANAC, each by the rule that joined them', async () => {
    const key = 'faction:local-associations-national-action-campaign@national-union-of-teachers';
    const { status, body } = await server.get(`/api/entities/${enc(key)}`);
    expect(status, JSON.stringify(body)).toBe(200);
    const { merges } = body;
    expect(merges.articles).toHaveLength(2);
    const rules = merges.articles.map((a: { resolvedBy: string }) => a.resolvedBy);
    expect(rules[0]).toBe('new-name');
    expect(rules[1]).toMatch(/^alias:/);
    const acronym = merges.articles
      .flatMap((a: { names: MergeName[] }) => a.names)
      .find((n: MergeName) => n.name === 'LANAC');
    expect(acronym?.sentence).toContain('LANAC');
    expect(merges.names.map((n: { name: string }) => n.name)).toEqual(
      expect.arrayContaining(['LANAC', 'Local Associations National Action Campaign']),
    );
  });

  it('ties "Ms Jan" to Kauser Jan as a short reference, with its sentence and offsets', async () => {
    const { body } = await server.get(`/api/entities/${enc('person:kauser-jan')}`);
    const names: MergeName[] = body.merges.articles.flatMap((a: { names: MergeName[] }) => a.names);
    const short = names.find((n) => n.via === 'short-name');
    expect(short, JSON.stringify(names)).toBeDefined();
    expect(short?.sentence).toContain(short?.name);
    const article = await server.get(`/api/articles/${body.merges.articles[0].article.id}`);
    expect(article.body.article.text.slice(short?.start, short?.end)).toBe(short?.name);
    expect(body.merges.confidence).toBeLessThan(1);
  });
});
