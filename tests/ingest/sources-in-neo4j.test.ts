// URLs, copies and feeds through the whole pipeline into Neo4j, run as a user runs them:
// `pnpm caucus ingest URL` and `pnpm caucus watch FEED`, against the tests' own news sites.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, fixture, html, rss, type Site, startSite, twoColumnPdf } from '../support/news-sites.ts';
import { runCliAsync as runCli } from '../support/run-cli.ts';
import { testNeo4jEnv } from '../support/test-env.ts';
import { edgeEvidenceOf, emptyGraph, rows, testDriver } from '../support/test-graph.ts';

const PAGE = '/news/2024/03/pcs-general-secretary-ballot';

/** Evidence pieces and the articles they cite, on Left Unity's endorsement of Fran Heathcote. */
async function heathcoteEndorsement(driver: Driver) {
  const [row] = await rows(
    driver,
    `MATCH (:Faction {name: 'Left Unity'})-[r:ENDORSED]->(:Person {name: 'Fran Heathcote'})
     RETURN ${edgeEvidenceOf('r')}`,
  );
  return row as { evidence: string[]; articleIds: string[] } | undefined;
}

describe('articles from URLs, copies and feeds in Neo4j', () => {
  let driver: Driver;
  let lmd: Site; // the site that first published the story
  let review: Site; // a second site that republished it
  let bulletin: Site; // a third that quotes one sentence of it

  beforeAll(async () => {
    driver = testDriver();
    const pdf = await twoColumnPdf();
    lmd = await startSite({
      [PAGE]: html(fixture('news-page.html')),
      '/journal/fbu.pdf': bytes('application/pdf', pdf),
      '/feed.xml': (res, origin) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
          rss('Labour Movement Daily', [
            {
              title: 'PCS general secretary',
              link: `${origin}${PAGE}`,
              date: 'Tue, 05 Mar 2024 09:30:00 GMT',
            },
            { title: 'FBU journal', link: '/journal/fbu.pdf', date: 'Fri, 01 Mar 2024 10:00:00 GMT' },
            { title: 'A page that is gone', link: '/news/gone', date: 'Thu, 29 Feb 2024 10:00:00 GMT' },
          ]),
        ),
    });
    review = await startSite({ '/2024/03/07/three-candidates/': html(fixture('syndicated-copy.html')) });
    bulletin = await startSite({ '/why-unite': html(fixture('quoting-article.html')) });
  });
  afterAll(async () => {
    await Promise.all([lmd?.close(), review?.close(), bulletin?.close()]);
    await driver?.close();
  });

  it('ingests a page by URL; the article keeps its URL and its evidence points back to it', async () => {
    await emptyGraph(driver);
    const url = `${lmd.origin}${PAGE}`;
    const result = await runCli(['ingest', '--allow-private-urls', url], testNeo4jEnv());
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ingested 1, replaced 0, unchanged 0, failed 0, copies 0/);
    const [article] = await rows(
      driver,
      'MATCH (a:Article) RETURN a.url AS url, a.title AS title, a.source AS source, a.date AS date',
    );
    expect(article).toEqual({
      url,
      title: 'PCS general secretary: Left Unity backs Fran Heathcote as three make the ballot',
      source: 'Labour Movement Daily',
      date: '2024-03-05',
    });
    const endorsement = await heathcoteEndorsement(driver);
    expect(endorsement?.evidence).toHaveLength(1);
    const piece = JSON.parse(endorsement?.evidence[0] as string);
    const [cited] = await rows(driver, 'MATCH (a:Article {id: $id}) RETURN a.url AS url', {
      id: piece.articleId,
    });
    expect(cited?.url).toBe(url);
    expect(piece.sentence).toContain('has endorsed Fran Heathcote');
  });

  it('refuses a private URL without --allow-private-urls, naming the URL and the flag', async () => {
    const url = `${lmd.origin}${PAGE}`;
    const result = await runCli(['ingest', url], testNeo4jEnv());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`failed ${url}: refused: 127.0.0.1 is a loopback address`);
    expect(result.stderr).toContain('--allow-private-urls');
  });

  it('stores a copy republished on another site once, with both URLs, and its evidence once', async () => {
    const copyUrl = `${review.origin}/2024/03/07/three-candidates/`;
    const before = await heathcoteEndorsement(driver);
    const result = await runCli(['ingest', '--allow-private-urls', copyUrl], testNeo4jEnv());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ingested 0, replaced 0, unchanged 0, failed 0, copies 1/);
    expect(result.stdout).toMatch(
      /copy https:\/\/csleftreview\.example\/.* same article as .*pcs-general-secretary-ballot \(similarity 0\.\d\d\)/,
    );
    const articles = await rows(driver, 'MATCH (a:Article) RETURN a.urls AS urls, a.copies AS copies');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.urls).toEqual(
      expect.arrayContaining([
        `${lmd.origin}${PAGE}`,
        'https://csleftreview.example/2024/03/07/three-candidates-pcs-top-job/',
        copyUrl,
      ]),
    );
    const copies = (articles[0]?.copies ?? []) as string[];
    expect(JSON.parse(copies[0] as string)).toMatchObject({
      source: 'Civil Service Left Review',
      date: '2024-03-07',
    });
    expect(await heathcoteEndorsement(driver)).toEqual(before);
    // Again: nothing new to say.
    const again = await runCli(['ingest', '--allow-private-urls', copyUrl], testNeo4jEnv());
    expect(again.stdout).toMatch(/ingested 0, replaced 0, unchanged 1, failed 0, copies 0/);
  });

  it('keeps an article that quotes a sentence of another as an article of its own', async () => {
    const result = await runCli(
      ['ingest', '--allow-private-urls', `${bulletin.origin}/why-unite`],
      testNeo4jEnv(),
    );
    expect(result.stdout).toMatch(/ingested 1, replaced 0, unchanged 0, failed 0, copies 0/);
    expect(await rows(driver, 'MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 2 }]);
    // Its quote is evidence of its own: the claim now has two articles behind it.
    expect((await heathcoteEndorsement(driver))?.articleIds).toHaveLength(2);
  });

  it('watches a feed: new items are ingested, seen ones skipped on the next run, failures named', async () => {
    await emptyGraph(driver);
    const feed = `${lmd.origin}/feed.xml`;
    const first = await runCli(['watch', '--allow-private-urls', feed], testNeo4jEnv());
    expect(first.stdout).toContain(
      `${feed} (Labour Movement Daily): 3 items, 3 new; ingested 2, copies 0, unchanged 0, failed 1`,
    );
    expect(first.stdout).toContain(`failed ${lmd.origin}/news/gone: HTTP 404`);
    expect(first.status).toBe(1);
    const titles = await rows(driver, 'MATCH (a:Article) RETURN a.title AS title ORDER BY title');
    expect(titles.map((t) => t.title)).toEqual([
      'FBU general secretary: two on the ballot',
      'PCS general secretary: Left Unity backs Fran Heathcote as three make the ballot',
    ]);
    const fetched = lmd.hits.length;

    const second = await runCli(['watch', '--allow-private-urls', feed], testNeo4jEnv());
    // Only the failed item is tried again; nothing new is ingested.
    expect(second.stdout).toContain(
      `${feed} (Labour Movement Daily): 3 items, 1 new; ingested 0, copies 0, unchanged 0, failed 1`,
    );
    expect(lmd.hits.slice(fetched)).toEqual(['/feed.xml', '/news/gone']);
    expect(await rows(driver, 'MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 2 }]);
    const [seen] = await rows(driver, 'MATCH (f:Feed {url: $feed}) RETURN size(f.seen) AS n', { feed });
    expect(seen?.n).toBe(2);
  });

  it('names a feed that is not a feed', async () => {
    const result = await runCli(['watch', '--allow-private-urls', `${lmd.origin}${PAGE}`], testNeo4jEnv());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /failed .*pcs-general-secretary-ballot: content type "text\/html" is not one of application\/rss\+xml/,
    );
  });
});
