// Reading articles where they live: news pages by URL (Readability, metadata), the guarded fetch
// (redirects, bad answers, limits, SSRF refusals), and PDFs made by the test. No Neo4j here.
import { ArticleReadError, articleFromPdf, readSource, readUrlArticle } from '@caucus/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytes,
  fixture,
  html,
  redirect,
  type Site,
  scannedPdf,
  startSite,
  twoColumnPdf,
} from '../support/news-sites.ts';

const LOCAL = { allowPrivate: true };

async function failure(p: Promise<unknown>): Promise<ArticleReadError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArticleReadError);
  return err as ArticleReadError;
}

describe('news pages by URL', () => {
  let site: Site;
  let other: Site;
  let pdf: Uint8Array;

  beforeAll(async () => {
    pdf = await twoColumnPdf();
    other = await startSite({});
    site = await startSite({
      '/news/2024/03/pcs-general-secretary-ballot': html(fixture('news-page.html')),
      '/old-link': redirect('/short/pcs'),
      '/short/pcs': redirect('/news/2024/03/pcs-general-secretary-ballot', 302),
      '/loop': redirect('/loop'),
      '/no-location': (res) => void res.writeHead(302).end(),
      '/gone': (res) => void res.writeHead(410, { 'content-type': 'text/html' }).end('<p>Gone</p>'),
      '/broken': (res) => void res.writeHead(500, { 'content-type': 'text/html' }).end('<p>Error</p>'),
      '/photo.jpg': bytes('image/jpeg', 'not really a jpeg'),
      '/huge': html(
        `<html><body><article><p>${'The union met. '.repeat(100_000)}</p></article></body></html>`,
      ),
      '/slow': () => {}, // never answers
      '/empty-page': html('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      '/journal.pdf': bytes('application/pdf', pdf),
      '/to-other': (res, _origin) => void res.writeHead(301, { location: `${other.origin}/` }).end(),
      '/to-file': redirect('file:///etc/passwd'),
    });
  });
  afterAll(async () => {
    await site?.close();
    await other?.close();
  });

  it('keeps the article body and leaves out navigation, adverts, related links and comments', async () => {
    const a = await readUrlArticle(`${site.origin}/news/2024/03/pcs-general-secretary-ballot`, LOCAL);
    expect(a.text).toMatch(/^Nominations have closed in the election for General Secretary/);
    expect(a.text).toContain(
      "Left Unity, the largest faction on the union's National Executive Committee, has endorsed Fran Heathcote for General Secretary.",
    );
    expect(a.text).toContain('The third candidate, Bev Laidlaw, has the support of the 4themembers group.');
    for (const furniture of [
      'Switch your energy supplier', // leaderboard advert
      'SunAway Travel', // advert inside the story
      'Cheap car insurance', // sidebar advert
      'Unison NEC results', // related links
      'Socialist Workers Party has the only answer', // a comment
      'Derek Thomas', // another comment
      'Most read',
      'Sign up to our newsletter',
      'cookies',
      'Privacy policy',
    ])
      expect(a.text).not.toContain(furniture);
  });

  it('takes title, date, publisher and canonical URL from JSON-LD, OpenGraph and <link>', async () => {
    const a = await readUrlArticle(`${site.origin}/news/2024/03/pcs-general-secretary-ballot`, LOCAL);
    // JSON-LD NewsArticle wins over OpenGraph (different title, a day earlier date).
    expect(a.title).toBe('PCS general secretary: Left Unity backs Fran Heathcote as three make the ballot');
    expect(a.date).toBe('2024-03-05');
    expect(a.source).toBe('Labour Movement Daily');
    // The canonical link is relative: resolved against the page.
    expect(a.url).toBe(`${site.origin}/news/2024/03/pcs-general-secretary-ballot`);
    expect(a.path).toBe(a.url);
  });

  it('reads OpenGraph and <meta name=date> when a page has no JSON-LD', async () => {
    const copy = await startSite({ '/p': html(fixture('syndicated-copy.html')) });
    try {
      const a = await readUrlArticle(`${copy.origin}/p`, LOCAL);
      expect(a.title).toBe('Three candidates for PCS top job');
      expect(a.date).toBe('2024-03-07');
      expect(a.source).toBe('Civil Service Left Review');
      expect(a.url).toBe('https://csleftreview.example/2024/03/07/three-candidates-pcs-top-job/');
      expect(a.urls).toEqual([a.url, `${copy.origin}/p`]);
      expect(a.text).not.toContain('Union legal insurance');
    } finally {
      await copy.close();
    }
  });

  it('follows redirects and keeps every URL the article was reached by', async () => {
    const a = await readUrlArticle(`${site.origin}/old-link`, LOCAL);
    expect(a.url).toBe(`${site.origin}/news/2024/03/pcs-general-secretary-ballot`);
    expect(a.urls).toContain(`${site.origin}/old-link`);
  });

  it('names the URL and the reason for every bad answer', async () => {
    const at = (p: string) => `${site.origin}${p}`;
    expect((await failure(readUrlArticle(at('/loop'), LOCAL))).message).toBe(
      `${at('/loop')}: more than 5 redirects (at ${at('/loop')})`,
    );
    expect((await failure(readUrlArticle(at('/no-location'), LOCAL))).reason).toMatch(
      /redirect without a Location/,
    );
    expect((await failure(readUrlArticle(at('/gone'), LOCAL))).message).toBe(`${at('/gone')}: HTTP 410`);
    expect((await failure(readUrlArticle(at('/broken'), LOCAL))).reason).toBe('HTTP 500');
    expect((await failure(readUrlArticle(at('/missing'), LOCAL))).reason).toBe('HTTP 404');
    expect((await failure(readUrlArticle(at('/photo.jpg'), LOCAL))).reason).toMatch(
      /content type "image\/jpeg" is not one of text\/html/,
    );
    expect((await failure(readUrlArticle(at('/huge'), { ...LOCAL, maxBytes: 100_000 }))).reason).toMatch(
      /too large .*--max-bytes/,
    );
    expect((await failure(readUrlArticle(at('/slow'), { ...LOCAL, timeoutMs: 500 }))).reason).toBe(
      'no answer within 0.5s',
    );
    expect((await failure(readUrlArticle(at('/empty-page'), LOCAL))).reason).toMatch(/no article text/);
    expect((await failure(readUrlArticle(at('/to-file'), LOCAL))).reason).toMatch(/only http and https/);
    expect((await failure(readUrlArticle('ftp://example.org/a.txt'))).reason).toMatch(/only http and https/);
    expect((await failure(readUrlArticle('https://user:pw@example.org/'))).reason).toMatch(
      /user name or password/,
    );
    expect((await failure(readUrlArticle('http://'))).reason).toBe('not a valid URL');
  });

  it('refuses loopback, private, link-local, CGNAT, unique-local and unspecified addresses', async () => {
    const hitsBefore = site.hits.length;
    for (const url of [
      `${site.origin}/news/2024/03/pcs-general-secretary-ballot`,
      'http://localhost/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.64.0.1/',
      'http://[::1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
      'http://[::ffff:127.0.0.1]/',
      'http://224.0.0.1/',
    ]) {
      const err = await failure(readUrlArticle(url));
      expect(err.path).toBe(url);
      expect(err.reason).toMatch(
        /^refused: .*not a public one; only the CLI may fetch private addresses, with --allow-private-urls/,
      );
    }
    // Nothing reached the test's server.
    expect(site.hits.length).toBe(hitsBefore);
  });

  it('checks every redirect hop: an allowed origin cannot redirect to a private one', async () => {
    const err = await failure(readUrlArticle(`${site.origin}/to-other`, { allowOrigins: [site.origin] }));
    expect(err.reason).toMatch(
      /^refused: 127\.0\.0\.1 is a loopback address.*\(at http:\/\/127\.0\.0\.1:\d+\/\)$/,
    );
    expect(other.hits).toEqual([]);
  });

  it('reads a two-column PDF by URL with sentences whole across columns and hyphenated line ends', async () => {
    const a = await readUrlArticle(`${site.origin}/journal.pdf`, LOCAL);
    expect(a.url).toBe(`${site.origin}/journal.pdf`);
    expect(a.title).toBe('FBU general secretary: two on the ballot'); // not the Word file name
    expect(a.text).toContain(
      'The union journal reports that nominations have closed in the election for General Secretary of the Fire Brigades Union.',
    );
    expect(a.text).toContain(
      'The Grassroots Left has endorsed Riccardo la Torre for General Secretary of the union.',
    );
    expect(a.text).toContain('at every station across the country.');
    // Left column first, then the right: the columns are not interleaved line by line.
    expect(a.text.indexOf('Riccardo la Torre')).toBeLessThan(a.text.indexOf('Branch secretaries'));
    expect(a.date).toBe('2024-03-01');
  });

  it('reports a scanned PDF without a text layer instead of ingesting it empty', async () => {
    const err = await failure(articleFromPdf(await scannedPdf(), 'scan.pdf'));
    expect(err.message).toMatch(
      /^scan\.pdf: scanned, no text layer \(1 page with no readable text\); run OCR/,
    );
    const notPdf = await failure(articleFromPdf(new TextEncoder().encode('%PDF-1.7 broken'), 'bad.pdf'));
    expect(notPdf.reason).toMatch(/^not a readable PDF/);
  });

  it('reads a PDF file from disk like any other article file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'caucus-pdf-')), 'journal.pdf');
    writeFileSync(file, pdf);
    const a = await readSource(file);
    expect(a.path).toBe(file);
    expect(a.url).toBeUndefined();
    expect(a.text).toContain('Ben Selby, who has promised a campaign on pensions');
  });
});
