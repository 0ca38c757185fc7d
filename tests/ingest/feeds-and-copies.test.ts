// Feed parsing (RSS 2.0, RSS 1.0, Atom) and the near-duplicate measure, without a network or Neo4j.
import { ArticleReadError, parseFeed } from '@caucus/ingest';
import { describe, expect, it } from 'vitest';
import { minhash, shingleHashes, similarity } from '../../packages/ingest/src/dedup/minhash.ts';
import { DUPLICATE_THRESHOLD, NearDuplicateIndex } from '../../packages/ingest/src/dedup/near-duplicates.ts';
import { fixture, rss } from '../support/news-sites.ts';

describe('feeds', () => {
  it('reads RSS 2.0 items, making relative links absolute and dropping repeats', () => {
    const xml = rss('Union News', [
      { title: 'A', link: 'https://news.example/a', date: 'Tue, 05 Mar 2024 09:30:00 GMT' },
      { title: 'B &amp; C', link: '/b', date: 'Wed, 06 Mar 2024 09:30:00 GMT' },
      { title: 'A again', link: 'https://news.example/a', date: 'Tue, 05 Mar 2024 09:30:00 GMT' },
    ]);
    const feed = parseFeed(xml, 'https://news.example/feed.xml');
    expect(feed.title).toBe('Union News');
    expect(feed.items.map((i) => i.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(feed.items[0]?.date).toBe('Tue, 05 Mar 2024 09:30:00 GMT');
  });

  it('reads Atom entries by their alternate link, and RSS 1.0 items', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Branch Bulletin</title>
      <entry><title>One</title><link rel="self" href="https://b.example/api/1"/><link rel="alternate" href="https://b.example/one"/><published>2024-03-01T00:00:00Z</published></entry>
      <entry><title>Two</title><link href="two.html"/><updated>2024-03-02T00:00:00Z</updated></entry></feed>`;
    const a = parseFeed(atom, 'https://b.example/feed/');
    expect(a.title).toBe('Branch Bulletin');
    expect(a.items).toEqual([
      { url: 'https://b.example/one', title: 'One', date: '2024-03-01T00:00:00Z' },
      { url: 'https://b.example/feed/two.html', title: 'Two', date: '2024-03-02T00:00:00Z' },
    ]);
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://c.example/"><title>Old Journal</title></channel>
      <item rdf:about="https://c.example/x"><title>X</title><link>https://c.example/x</link><dc:date>2024-01-01</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf, 'https://c.example/rss').items).toEqual([
      { url: 'https://c.example/x', title: 'X', date: '2024-01-01' },
    ]);
  });

  it('names a page that is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://d.example/')).toThrow(ArticleReadError);
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://d.example/')).toThrow(
      'https://d.example/: not an RSS or Atom feed',
    );
  });
});

describe('near-duplicates', () => {
  const words = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ');

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const base = words(400, 1);
    for (const keep of [400, 300, 200, 100]) {
      const other = `${base.split(' ').slice(0, keep).join(' ')} ${words(400 - keep, 2)}`;
      const a = shingleHashes(base);
      const b = shingleHashes(other);
      const exact = [...a].filter((h) => b.has(h)).length / new Set([...a, ...b]).size;
      expect(Math.abs(similarity(minhash(base), minhash(other)) - exact)).toBeLessThan(0.12);
    }
  });

  it('finds a copy with a new headline and footer, not an article quoting one sentence', () => {
    const original = fixture('news-page.html').replace(/<[^>]+>/g, ' ');
    const index = new NearDuplicateIndex();
    index.add('original', minhash(original));
    const copy = `Three candidates for PCS top job\n${original}\nThis article first appeared in Labour Movement Daily.`;
    expect(index.find(minhash(copy))?.id).toBe('original');
    const quoting = fixture('quoting-article.html').replace(/<[^>]+>/g, ' ');
    const found = index.find(minhash(quoting));
    expect(found).toBeNull();
    expect(similarity(minhash(original), minhash(quoting))).toBeLessThan(DUPLICATE_THRESHOLD / 2);
  });

  it('compares texts too short to judge only when identical', () => {
    const index = new NearDuplicateIndex();
    index.add('short', minhash('Left Unity backs Fran Heathcote.'));
    expect(index.find(minhash('Left Unity backs Fran Heathcote.'))).toBeNull();
  });
});
