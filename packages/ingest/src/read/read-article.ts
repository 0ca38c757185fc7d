// One article file → its normalised text, metadata and content-hash id.
// Bad files fail with an ArticleReadError that names the path and the reason.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArticleHeader, parseDate } from './article-header.ts';
import { ArticleReadError } from './article-read-error.ts';
import { dropBoilerplate } from './boilerplate.ts';
import { htmlMeta, htmlToText, markdownToText } from './markup-to-text.ts';
import { normaliseText } from './normalise-text.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'] as const;
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface Article {
  /** sha256 of the normalised text (first 16 hex digits): same text, same id. */
  id: string;
  sha256: string;
  path: string;
  /** File name without extension: the name of its output JSON. */
  stem: string;
  fileName: string;
  title: string | null;
  date: string | null;
  source: string | null;
  text: string;
  /** The page's own URL (canonical when it names one) for articles fetched from the web. */
  url?: string | null;
  /** Every URL the article was found at: asked for, redirected to, canonical, syndicated copies. */
  urls?: string[];
  /** The MinHash signature the near-duplicate check computed, stored with the article. */
  minhash?: string;
}

/** What a reader found besides the text; missing parts are read from the text's header. */
export interface ArticleParts {
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  urls?: string[];
}

export { ArticleReadError };

function decodeUtf8(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 8192).includes(0))
    throw new ArticleReadError(
      file,
      'binary file (contains NUL bytes); give a text, Markdown or HTML article',
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleReadError(file, 'not valid UTF-8; convert it, e.g. `iconv -f latin1 -t utf-8`');
  }
}

export function articleFromText(
  raw: string,
  file: string,
  kind: string = path.extname(file).toLowerCase(),
): Article {
  let meta = { title: null as string | null, date: null as string | null, source: null as string | null };
  let plain = raw;
  if (kind === '.html' || kind === '.htm') {
    meta = htmlMeta(raw);
    plain = htmlToText(raw);
  } else if (kind === '.md' || kind === '.markdown') plain = markdownToText(raw);
  return articleFromPlainText(plain, file, meta);
}

/** Plain text (already out of its markup) and what is known of it → an article. */
export function articleFromPlainText(plain: string, file: string, meta: ArticleParts = {}): Article {
  const header = parseArticleHeader(dropBoilerplate(normaliseText(plain)));
  const title = meta.title ?? header.title;
  // A title given in a header is part of what the article says, so it stays in the text.
  const text = header.titleApart && header.title ? `${header.title}\n\n${header.body}` : header.body;
  if (text.trim() === '')
    throw new ArticleReadError(file, 'no article text after removing headers and site boilerplate');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    id: sha256.slice(0, 16),
    sha256,
    path: file,
    fileName: path.basename(file),
    stem: path.basename(file, path.extname(file)),
    title: title ? normaliseText(title) : null,
    date: (meta.date ? parseDate(meta.date) : null) ?? header.date,
    source: meta.source ?? header.source,
    text,
    ...(meta.url ? { url: meta.url, urls: meta.urls ?? [meta.url] } : {}),
  };
}

export function readArticle(file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Article {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ArticleReadError(file, 'not a regular file');
    size = stat.size;
  } catch (err) {
    if (err instanceof ArticleReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArticleReadError(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`,
    );
  }
  if (size === 0) throw new ArticleReadError(file, 'empty file');
  if (size > maxBytes) {
    throw new ArticleReadError(
      file,
      `too large (${size} bytes > limit ${maxBytes}); raise CAUCUS_MAX_ARTICLE_BYTES to allow it`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ArticleReadError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return articleFromText(decodeUtf8(bytes, file), file);
}
