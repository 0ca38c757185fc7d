// HTML and Markdown to plain text; the extractor reads plain text only.
import { convert } from 'html-to-text';

export interface HtmlMeta {
  title: string | null;
  date: string | null;
  source: string | null;
}

function metaContent(html: string, names: string[]): string | null {
  for (const name of names) {
    const pattern = new RegExp(
      `<meta[^>]+(?:name|property|itemprop)=["']${name}["'][^>]*content=["']([^"']+)["']|<meta[^>]+content=["']([^"']+)["'][^>]*(?:name|property|itemprop)=["']${name}["']`,
      'i',
    );
    const match = pattern.exec(html);
    if (match) return (match[1] ?? match[2] ?? '').trim() || null;
  }
  return null;
}

export function htmlMeta(html: string): HtmlMeta {
  const title =
    metaContent(html, ['og:title', 'twitter:title']) ??
    /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ??
    null;
  return {
    title: title || null,
    date: metaContent(html, ['article:published_time', 'date', 'datePublished', 'pubdate', 'dc.date']),
    source: metaContent(html, ['og:site_name', 'publisher', 'dc.publisher']),
  };
}

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'form', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  });
}

export function markdownToText(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/```[\s\S]*?```/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
    .replace(/^\s*[-*+]\s+/gm, '• ');
}
