// Reading articles: header forms, markup, boilerplate, typography, ids, and bad files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArticleReadError, articleFromText, findArticles, readArticle } from '@caucus/ingest';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'caucus-read-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('reading articles', () => {
  it('takes title, date and source from a plain header', () => {
    const a = articleFromText(
      'title Big vote in the CWU\ndate 2020-05-01\nsource Solidarity\n\nThe CWU voted.',
      'a.txt',
    );
    expect([a.title, a.date, a.source]).toEqual(['Big vote in the CWU', '2020-05-01', 'Solidarity']);
    expect(a.text).toBe('Big vote in the CWU\n\nThe CWU voted.');
  });

  it('reads a date at the very start of the text, and a "Submitted by" line under a title', () => {
    expect(articleFromText('date 2017-11-01 Two candidates are running.', 'b.txt').date).toBe('2017-11-01');
    const a = articleFromText(
      'Left gains\n\nSubmitted by AWL on 12 April, 2014 - 3:48\n\nThe left gained.',
      'c.txt',
    );
    expect([a.title, a.date, a.source]).toEqual(['Left gains', '2014-04-12', 'AWL']);
    expect(a.text).not.toContain('Submitted by');
  });

  it('drops cookie notices and link lists, and normalises quotes, dashes and spaces', () => {
    const a = articleFromText(
      'He said \u201cno\u201d \u2013 twice.\u00a0It\u2019s done.\n\u2022 More: the website\nThis website uses cookies, you can find out more and set your preferences here.',
      'd.txt',
    );
    expect(a.text).toBe('He said "no" - twice. It\'s done.');
  });

  it('reads HTML with its metadata and without navigation or footers', () => {
    const a = articleFromText(
      '<html><head><title>T</title><meta property="article:published_time" content="2021-07-30T09:00:00Z"><meta property="og:site_name" content="Briefing"></head><body><nav>Home</nav><p>Unite met.</p><footer>Share this</footer></body></html>',
      'e.html',
    );
    expect([a.title, a.date, a.source, a.text]).toEqual(['T', '2021-07-30', 'Briefing', 'Unite met.']);
  });

  it('reads Markdown as plain text', () => {
    const a = articleFromText('# Heading\n\ndate 2026-02-14\n\nThe **RMT** met [today](http://x).', 'f.md');
    expect(a.date).toBe('2026-02-14');
    expect(a.text).toBe('Heading\n\nThe RMT met today.');
  });

  it('gives the same id to the same text and another to changed text', () => {
    const one = articleFromText('The NUT met.', 'x.txt');
    expect(articleFromText('The NUT met.', 'y.txt').id).toBe(one.id);
    expect(articleFromText('The NUT met again.', 'x.txt').id).not.toBe(one.id);
    expect(one.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['empty.txt', '', /empty file/],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), /binary/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65]), /UTF-8/],
  ])('rejects %s, naming the file and the reason', (name, content, reason) => {
    const file = write(name, content);
    expect(() => readArticle(file)).toThrow(ArticleReadError);
    expect(() => readArticle(file)).toThrow(reason);
    expect(() => readArticle(file)).toThrow(file);
  });

  it('rejects oversized and missing files', () => {
    const big = write('big.txt', 'word '.repeat(100));
    expect(() => readArticle(big, 100)).toThrow(/too large .* limit 100/);
    expect(() => readArticle(path.join(dir, 'nope.txt'))).toThrow(/no such file/);
  });

  it('expands directories recursively and reports duplicates and missing arguments', () => {
    const file = write('one.txt', 'The GMB met.');
    writeFileSync(path.join(dir, 'skip.json'), '{}');
    const found = findArticles([dir, file, path.join(dir, 'missing')]);
    expect(found.files).toContain(file);
    expect(found.files.some((f) => f.endsWith('.json'))).toBe(false);
    expect(found.problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining(['given more than once; read once', 'no such file or directory']),
    );
  });
});
