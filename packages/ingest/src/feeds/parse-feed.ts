// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → their items' links, titles and dates, by fast-xml-parser.
// Links are made absolute against the feed's URL; items without an http(s) link are left out.
import { XMLParser } from 'fast-xml-parser';
import { absoluteHttpUrl as absolute } from '../read/absolute-url.ts';
import { ArticleReadError } from '../read/article-read-error.ts';

export interface FeedItem {
  url: string;
  title: string | null;
  date: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

/** Atom: the `alternate` link (or one with no rel); RSS: the link's text, else a permalink guid. */
function itemLink(item: Node): string | null {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string') return link.trim();
    const l = link as Node;
    const rel = l['@_rel'];
    if (l['@_href'] && (rel === undefined || rel === 'alternate')) return String(l['@_href']);
    if (text(l)) return text(l);
  }
  const guid = item.guid as Node | string | undefined;
  if (guid && (typeof guid === 'string' || guid['@_isPermaLink'] !== 'false')) return text(guid);
  return text(item['@_about']);
}

export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new ArticleReadError(feedUrl, `not a well-formed feed (${(err as Error).message.split('\n')[0]})`);
  }
  const rss = doc.rss as Node | undefined;
  const channel = (rss?.channel ?? (doc.RDF as Node | undefined)?.channel) as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const rawItems = (atom?.entry ??
    (rss?.channel as Node | undefined)?.item ??
    (doc.RDF as Node | undefined)?.item) as Node[] | undefined;
  if (!channel && !atom)
    throw new ArticleReadError(feedUrl, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of rawItems ?? []) {
    const url = absolute(itemLink(item), feedUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    items.push({
      url,
      title: text(item.title),
      date: text(item.pubDate ?? item.published ?? item.updated ?? item.date),
    });
  }
  return { title: text((atom ?? channel)?.title), items };
}
