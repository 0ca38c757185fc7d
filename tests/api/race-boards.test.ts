// Race boards and the election list, on the seeds, the allegiance fixture pairs and the dev
// articles: the right candidates, winners, figures and endorsers, each line with its sentence.
import { normaliseName } from '@caucus/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_DEV_ARTICLES, ingestRaceCorpus, NO_DEV_ARTICLES_REASON } from '../support/race-corpus.ts';
import { enc, startTestServer, type TestServer } from '../support/test-server.ts';

interface Evidence {
  articleId: string;
  sentence: string;
  sentenceStart: number;
  start: number;
  end: number;
}
interface Candidate {
  person: { key: string; name: string };
  result: string | null;
  resultBasis: string | null;
  resultEvidence: Evidence[];
  votes: { value: number; evidence: Evidence } | null;
  share: { value: number; evidence: Evidence } | null;
  candidacyEvidence: Evidence[];
  endorsers: { entity: { name: string }; evidence: Evidence[] }[];
}

const CWU_2015 = 'election:communication-workers-union:deputy-general-secretary:2015';
const CWU_2019 = 'election:communication-workers-union:deputy-general-secretary:2019';
const NUT_VP_2017 = 'election:national-union-of-teachers:vice-president:2017';
const NUT_EXEC_2014 = 'election:national-union-of-teachers:executive:2014';

describe('race boards', () => {
  let server: TestServer;
  const boards = new Map<string, { candidates: Candidate[]; election: Record<string, unknown> }>();
  const board = async (key: string) => {
    if (!boards.has(key)) {
      const { status, body } = await server.get(`/api/elections/${enc(key)}`);
      expect(status, JSON.stringify(body)).toBe(200);
      boards.set(key, body);
    }
    return boards.get(key) as { candidates: Candidate[]; election: Record<string, unknown> };
  };
  const candidate = async (key: string, name: string) => {
    const found = (await board(key)).candidates.find((c) => c.person.name === name);
    if (!found) throw new Error(`${name} is not on the board of ${key}`);
    return found;
  };
  // Names as the contract compares them: the dev set spells "Socialist Teachers' Alliance".
  const backers = (c: Candidate) => c.endorsers.map((e) => normaliseName(e.entity.name)).sort();
  const names = (...list: string[]) => list.map(normaliseName).sort();
  /** The figure's offsets point at its own words in the sentence. */
  const cited = (e: Evidence) => e.sentence.slice(e.start - e.sentenceStart, e.end - e.sentenceStart);

  beforeAll(async () => {
    server = await startTestServer();
    await ingestRaceCorpus(server.driver, { dev: true });
  });
  afterAll(() => server.close());

  it('lists the NUT vice-president candidates of 2017 and their backers, with no result guessed', async () => {
    const b = await board(NUT_VP_2017);
    expect(b.election).toMatchObject({ post: 'Vice-President', year: 2017 });
    expect(b.candidates.map((c) => c.person.name).sort()).toEqual(['Amanda Martin', 'Kauser Jan']);
    const jan = await candidate(NUT_VP_2017, 'Kauser Jan');
    expect(backers(jan)).toEqual(
      names(
        'Campaign for a Democratic and Fighting Union',
        'Local Associations National Action Campaign',
        'Socialist Teachers Alliance',
      ),
    );
    expect(jan.endorsers[0]?.evidence[0]?.sentence).toContain('Ms Jan, a teacher and activist from Leeds');
    expect(backers(await candidate(NUT_VP_2017, 'Amanda Martin'))).toEqual(names('Broadly Speaking'));
    // Ballots had only gone out: the text reports no winner.
    expect(b.candidates.every((c) => c.result === null)).toBe(true);
  });

  it('names the 2014 NUT executive winners with their seats, and does not make challengers winners', async () => {
    const b = await board(NUT_EXEC_2014);
    const elected = b.candidates.filter((c) => c.result === 'elected').map((c) => c.person.name);
    expect(elected.sort()).toEqual([
      'Jane Nellist',
      'Liam Conway',
      'Martin Powell Davies',
      'Pete Glover',
      'Phil Clarke',
    ]);
    const mpd = await candidate(NUT_EXEC_2014, 'Martin Powell Davies');
    expect(mpd).toMatchObject({ seat: 'Inner London', result: 'elected', resultBasis: 'stated' });
    expect(mpd.resultEvidence[0]?.sentence).toContain('Martin Powell Davies');
    for (const name of ['Alex Kenny', 'Jess Edwards']) {
      expect((await candidate(NUT_EXEC_2014, name)).result).not.toBe('elected');
    }
  });

  it('reads winners, losers, votes, shares, a withdrawal and backers from the CWU pair', async () => {
    const fielding = await candidate(CWU_2015, 'Tom Fielding');
    expect(fielding).toMatchObject({ result: 'elected', votes: { value: 21402 } });
    expect(backers(fielding)).toEqual(names('Postal Workers Forward'));
    const okafor15 = await candidate(CWU_2015, 'Maria Okafor');
    expect(okafor15).toMatchObject({ result: 'defeated', votes: { value: 15118 } });
    expect(okafor15.resultBasis).toContain('Tom Fielding');
    expect(backers(okafor15)).toEqual(names('CWU Broad Left'));

    const b = await board(CWU_2019);
    expect(b.candidates.map((c) => [c.person.name, c.result])).toEqual([
      ['Maria Okafor', 'elected'],
      ['Dan Price', 'defeated'],
      ['Sam Reilly', 'withdrew'],
    ]);
    const okafor = await candidate(CWU_2019, 'Maria Okafor');
    expect(okafor.share?.value).toBe(58);
    expect(cited(okafor.share?.evidence as Evidence)).toBe('58 per cent');
    expect(backers(okafor)).toEqual(names('Postal Workers Forward'));
    const price = await candidate(CWU_2019, 'Dan Price');
    expect(cited(price.votes?.evidence as Evidence)).toBe('9,870 votes');
    expect(backers(price)).toEqual(names('Socialist Workers Party'));
    expect(price.endorsers[0]?.evidence[0]?.sentence).toBe(
      'Her rival, Dan Price, a London engineering rep, was backed by the Socialist Workers Party.',
    );
    const reilly = await candidate(CWU_2019, 'Sam Reilly');
    expect(cited(reilly.resultEvidence[0] as Evidence)).toBe('withdrew');
  });

  it('gives every line of a board a sentence from an article of that contest', async () => {
    for (const key of [CWU_2015, CWU_2019, NUT_VP_2017, NUT_EXEC_2014]) {
      for (const c of (await board(key)).candidates) {
        const lines = [
          ...c.candidacyEvidence,
          ...c.resultEvidence,
          ...(c.votes ? [c.votes.evidence] : []),
          ...(c.share ? [c.share.evidence] : []),
          ...c.endorsers.flatMap((e) => e.evidence),
        ];
        expect(c.candidacyEvidence.length, `${key} ${c.person.name}`).toBeGreaterThan(0);
        for (const e of lines) expect(e.sentence.length).toBeGreaterThan(10);
      }
    }
  });

  it('keeps a backer of one year off the board of another year', async () => {
    // Postal Workers Forward backed Okafor in 2019, not in 2015.
    expect(backers(await candidate(CWU_2015, 'Maria Okafor'))).not.toContain(
      normaliseName('Postal Workers Forward'),
    );
  });

  it('reads the dev articles: NUT deputy general secretary 2010, UCU 2012, Unite', async (ctx) => {
    ctx.skip(!HAS_DEV_ARTICLES, NO_DEV_ARTICLES_REASON);
    const nut = 'election:national-union-of-teachers:deputy-general-secretary:2010';
    expect(await candidate(nut, 'Kevin Courtney')).toMatchObject({
      result: 'elected',
      votes: { value: 20848 },
    });
    expect(await candidate(nut, 'Martin Reed')).toMatchObject({
      result: 'defeated',
      votes: { value: 18236 },
    });
    expect(await candidate(nut, 'Hazel Danson')).toMatchObject({
      result: 'defeated',
      votes: { value: 8064 },
    });
    const ucu = 'election:university-and-college-union:general-secretary:2012';
    expect(await candidate(ucu, 'Sally Hunt')).toMatchObject({ result: 'elected', share: { value: 73 } });
    const campbell = await candidate(ucu, 'Mark Campbell');
    expect(campbell.result).toBe('defeated');
    // "by a margin of 6,835 votes" is no tally of his.
    expect(campbell.votes).toBeNull();
    expect(backers(campbell)).toContain(normaliseName('UCU Left'));
    // The Unite article has no date line; its text dates the contest ("2017's election").
    const unite = 'election:unite:general-secretary:2017';
    expect(await candidate(unite, 'Len McCluskey')).toMatchObject({
      result: 'elected',
      votes: { value: 59067 },
    });
    const coyne = await candidate(unite, 'Gerard Coyne');
    expect(coyne.votes?.value).toBe(53544);
    expect(backers(coyne)).toContain(normaliseName('Labour Party'));
    expect((await candidate(unite, 'Ian Allinson')).votes?.value).toBe(17143);
  });
});

describe('GET /api/elections', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await ingestRaceCorpus(server.driver, { dev: false });
  });
  afterAll(() => server.close());

  it("lists a union's contests oldest first, by its key or any of its names", async () => {
    const byName = (await server.get('/api/elections?union=NUT')).body.elections;
    expect(byName.map((e: { key: string }) => e.key)).toEqual([NUT_EXEC_2014, NUT_VP_2017]);
    const byKey = (await server.get(`/api/elections?union=${enc('union:national-union-of-teachers')}`)).body;
    expect(byKey.elections).toEqual(byName);
    expect(byName[0]).toMatchObject({ candidateCount: 7, union: { name: 'National Union of Teachers' } });
    expect(byName[0].winners).toContain('Martin Powell Davies');
  });

  it('filters by post (matched as the contract matches posts) and year', async () => {
    const post = (await server.get('/api/elections?union=CWU&post=deputy-general%20secretary')).body
      .elections;
    expect(post.map((e: { year: number }) => e.year)).toEqual([2015, 2019]);
    const year = (await server.get('/api/elections?union=CWU&year=2019')).body.elections;
    expect(year.map((e: { key: string }) => e.key)).toEqual([CWU_2019]);
    expect((await server.get('/api/elections?post=president&year=2019')).body.elections).toEqual([]);
  });

  it('answers 400 for a bad year and 404 naming an unknown election', async () => {
    expect((await server.get('/api/elections?year=abc')).status).toBe(400);
    const missing = await server.get('/api/elections/election:nowhere:nothing:1900');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('election:nowhere:nothing:1900');
  });

  it('documents the new endpoints in OpenAPI', async () => {
    const { paths } = (await server.get('/docs/json')).body;
    for (const p of ['/api/elections', '/api/elections/{id}', '/api/changes', '/api/entities/{id}/timeline'])
      expect(paths[p]?.get?.responses?.['200'], p).toBeDefined();
  });
});
