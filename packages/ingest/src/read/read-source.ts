// Any article source a user names: a file (.txt, .md, .html, .pdf) or an http(s) URL of a page,
// a PDF or plain text. URLs go through the guarded fetch; what arrives is read by its type.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UrlAccess } from '../fetch/address-policy.ts';
import { fetchUrl } from '../fetch/fetch-url.ts';
import { ArticleReadError } from './article-read-error.ts';
import { articleFromPdf, DEFAULT_MAX_PDF_BYTES, isPdf } from './pdf-article.ts';
import { type Article, articleFromText, DEFAULT_MAX_ARTICLE_BYTES, readArticle } from './read-article.ts';
import { articleFromWebPage } from './web-page.ts';

export interface SourceOptions extends UrlAccess {
  maxBytes?: number;
  timeoutMs?: number;
}

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'application/pdf', 'text/plain'] as const;

export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

/** The charset the header names, else the one a <meta> tag near the top names, else UTF-8. */
function decodeText(bytes: Uint8Array, charset: string | null, where: string): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const label = charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    throw new ArticleReadError(where, `unknown character set "${label}"`);
  }
}

export async function readUrlArticle(url: string, options: SourceOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const fetched = await fetchUrl(url, {
    ...options,
    accept: PAGE_TYPES,
    // PDFs run larger than pages; the page limit applies once the type is known.
    maxBytes: Math.max(maxBytes, DEFAULT_MAX_PDF_BYTES),
  });
  const urls = [...new Set([fetched.finalUrl, url])];
  if (fetched.contentType === 'application/pdf' || isPdf(fetched.bytes))
    return articleFromPdf(fetched.bytes, url, { url: fetched.finalUrl, urls });
  if (fetched.bytes.length > maxBytes)
    throw new ArticleReadError(
      url,
      `too large (${fetched.bytes.length} bytes > limit ${maxBytes}); raise --max-bytes to allow it`,
    );
  const text = decodeText(fetched.bytes, fetched.charset, url);
  if (fetched.contentType === 'text/plain') {
    const article = articleFromText(text, url, '.txt');
    return { ...article, url: fetched.finalUrl, urls };
  }
  return articleFromWebPage(text, url, fetched.finalUrl);
}

function readPdfFile(file: string, maxBytes: number): Promise<Article> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    const limit = Math.max(maxBytes, DEFAULT_MAX_PDF_BYTES);
    if (size > limit)
      throw new ArticleReadError(
        file,
        `too large (${size} bytes > limit ${limit}); raise --max-bytes to allow it`,
      );
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof ArticleReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArticleReadError(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`,
    );
  }
  return articleFromPdf(bytes, file);
}

/** A file or URL → an article; failures are ArticleReadErrors naming the file or URL. */
export async function readSource(source: string, options: SourceOptions = {}): Promise<Article> {
  if (isUrlArgument(source)) return readUrlArticle(source, options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (path.extname(source).toLowerCase() === '.pdf') return readPdfFile(source, maxBytes);
  return readArticle(source, maxBytes);
}
