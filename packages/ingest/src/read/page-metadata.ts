// What a news page says about itself: title, date, publisher and canonical URL, from JSON-LD
// (NewsArticle and kin), OpenGraph and other <meta> tags, <time> and <link rel=canonical>.
// JSON-LD first: sites fill it for search engines, so it is the most often right.
import { absoluteHttpUrl as absolute } from './absolute-url.ts';

export interface PageMetadata {
  title: string | null;
  date: string | null;
  publisher: string | null;
  canonicalUrl: string | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

type Json = Record<string, unknown>;

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Json;
    return asText(o.name ?? o['@id'] ?? o.url);
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, @graph arrays flattened. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      if ('@graph' in value) visit((value as Json)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is skipped: the rest of the page still has metadata.
    }
  }
  return out;
}

function isArticle(o: Json): boolean {
  const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const node = doc.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = node?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function pageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdObjects(doc).find(isArticle) ?? {};
  const title =
    asText(ld.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.querySelector('title')?.textContent?.trim() ??
    null;
  const time = doc.querySelector('article time[datetime], time[datetime]');
  const date =
    asText(ld.datePublished) ??
    meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued') ??
    time?.getAttribute('datetime') ??
    asText(ld.dateModified) ??
    null;
  const publisher =
    asText(ld.publisher) ?? meta(doc, 'og:site_name', 'publisher', 'dc.publisher', 'application-name');
  const canonicalUrl =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ??
    absolute(meta(doc, 'og:url'), pageUrl) ??
    absolute(asText(ld.mainEntityOfPage) ?? asText(ld.url), pageUrl);
  return { title: title || null, date, publisher, canonicalUrl };
}
