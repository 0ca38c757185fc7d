// A fetched news page → an article: the body by Mozilla's Readability (the Firefox reader view)
// over a linkedom DOM, so navigation, adverts and comments stay out; metadata from the page.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleReadError } from './article-read-error.ts';
import { htmlToText } from './markup-to-text.ts';
import { pageMetadata } from './page-metadata.ts';
import { type Article, articleFromPlainText } from './read-article.ts';

/** Advert slots by the names ad networks and site templates give them; Readability keeps some. */
const ADVERT_SELECTOR = [
  '.ad',
  '.ads',
  '.advert',
  '.advertisement',
  '.ad-slot',
  '.ad-inline',
  '.ad-container',
  '.adsbygoogle',
  '[id^="div-gpt-ad"]',
  '[data-ad-slot]',
  '[aria-label="Advertisement"]',
  '.sponsored',
].join(', ');

/** `requested` is the URL given, `finalUrl` where redirects led. */
export function articleFromWebPage(html: string, requested: string, finalUrl: string): Article {
  const { document } = parseHTML(html);
  // Metadata first: Readability changes the document it reads.
  const meta = pageMetadata(document as unknown as Document, finalUrl);
  for (const node of document.querySelectorAll(ADVERT_SELECTOR)) node.remove();
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content)
    throw new ArticleReadError(
      requested,
      'no article text found on the page (is it an index or a log-in page?)',
    );
  const url = meta.canonicalUrl ?? finalUrl;
  const urls = [...new Set([url, finalUrl, requested])];
  return articleFromPlainText(htmlToText(parsed.content), url, {
    title: meta.title ?? parsed.title ?? null,
    date: meta.date ?? parsed.publishedTime ?? null,
    source: meta.publisher ?? parsed.siteName ?? null,
    url,
    urls,
  });
}
