// The tests' own web: news sites on loopback ports serving pages in the shapes real sites use
// (fixtures in tests/fixtures/web), redirects, bad answers, PDFs made here with pdf-lib, and an
// RSS feed. Nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { REPO_ROOT } from './paths.ts';

export const WEB_FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'web');
export const fixture = (name: string) => readFileSync(path.join(WEB_FIXTURES, name), 'utf8');

export interface Site {
  origin: string;
  /** Requests seen, by path, so a test can tell what was fetched. */
  hits: string[];
  close(): Promise<void>;
}

type Route = (res: ServerResponse, origin: string) => void;

export async function startSite(routes: Record<string, Route>): Promise<Site> {
  const hits: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push(url);
    const route = routes[url.split('?')[0] ?? url];
    if (route) route(res, origin);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html =
  (body: string): Route =>
  (res) =>
    void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
export const redirect =
  (to: string, status = 301): Route =>
  (res) =>
    void res.writeHead(status, { location: to }).end();
export const bytes =
  (type: string, body: Uint8Array | string): Route =>
  (res) =>
    void res.writeHead(200, { 'content-type': type }).end(body);

/** An RSS 2.0 feed of the given items. */
export function rss(title: string, items: { title: string; link: string; date: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(title)}</title>
    <link>https://example.org/</link>
    <description>Union news</description>
    ${items
      .map(
        (i) => `<item>
      <title>${esc(i.title)}</title>
      <link>${esc(i.link)}</link>
      <guid isPermaLink="true">${esc(i.link)}</guid>
      <pubDate>${i.date}</pubDate>
      <description><![CDATA[<p>${esc(i.title)}</p>]]></description>
    </item>`,
      )
      .join('\n    ')}
  </channel>
</rss>`;
}

/** Lines to set in a column, breaking words with a hyphen at the line end as journals do. */
const LEFT_COLUMN = [
  'The union journal reports that nomi-',
  'nations have closed in the election',
  'for General Secretary of the Fire Bri-',
  'gades Union. The Grassroots Left has',
  'endorsed Riccardo la Torre for Gen-',
  'eral Secretary of the union.',
];
const RIGHT_COLUMN = [
  'Branch secretaries in London said the',
  'ballot would open in the spring. The',
  'Broad Left is backing Ben Selby, who',
  'has promised a campaign on pensions',
  'and on staffing levels at every sta-',
  'tion across the country.',
];

/** A two-column journal page with a headline across both columns and hyphenated line ends. */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Microsoft Word - journal-march.docx');
  doc.setCreationDate(new Date('2024-03-01T10:00:00Z'));
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage([595, 842]);
  page.drawText('FBU general secretary: two on the ballot', { x: 50, y: 780, size: 20, font: bold });
  for (const [i, line] of LEFT_COLUMN.entries())
    page.drawText(line, { x: 50, y: 740 - i * 14, size: 11, font });
  for (const [i, line] of RIGHT_COLUMN.entries())
    page.drawText(line, { x: 320, y: 740 - i * 14, size: 11, font });
  return doc.save();
}

/** A "scan": a page with only shapes on it, no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let i = 0; i < 30; i++)
    page.drawRectangle({ x: 50, y: 780 - i * 20, width: 300 + (i % 5) * 30, height: 8 });
  return doc.save();
}
