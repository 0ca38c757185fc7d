// A PDF (file or download) → an article, its text read by Mozilla's pdf.js (legacy build, which
// runs in Node) and put in reading order by pdf-layout. A PDF with no text layer (a scan) is
// refused with that reason rather than ingested empty.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ArticleReadError } from './article-read-error.ts';
import { pageText, type TextRun } from './pdf-layout.ts';
import { type Article, type ArticleParts, articleFromPlainText } from './read-article.ts';

/** Titles that word processors leave in a PDF's metadata: file names, not headlines. */
const FILE_NAME_TITLE = /\.(docx?|odt|pdf|indd|rtf)\b|^Microsoft Word|^untitled$/i;

export const DEFAULT_MAX_PDF_BYTES = 50 * 1024 * 1024;

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** `D:20240305101500Z` → `2024-03-05`. */
function pdfDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export async function pdfText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; title: string | null; date: string | null; pages: number }> {
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    // A copy: pdf.js takes ownership of (detaches) the buffer it is given.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new ArticleReadError(name, `not a readable PDF (${(err as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          height: item.height || Math.abs(item.transform[3] as number),
        });
      }
      pages.push(pageText(runs, width));
      page.cleanup();
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { text: pages.join('\n\n'), title, date: pdfDate(info.CreationDate), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

export async function articleFromPdf(
  bytes: Uint8Array,
  name: string,
  parts: ArticleParts = {},
): Promise<Article> {
  const { text, title, date, pages } = await pdfText(bytes, name);
  if (text.replace(/\s/g, '').length < 20 * Math.min(pages, 3))
    throw new ArticleReadError(
      name,
      `scanned, no text layer (${pages} page${pages === 1 ? '' : 's'} with no readable text); run OCR on it first, e.g. \`ocrmypdf in.pdf out.pdf\``,
    );
  const article = articleFromPlainText(text, name, {
    title: parts.title ?? (title && !FILE_NAME_TITLE.test(title) ? title : null),
    date: parts.date ?? null,
    source: parts.source ?? null,
    ...(parts.url ? { url: parts.url, urls: parts.urls ?? [parts.url] } : {}),
  });
  // A date the text gives beats the file's creation date, which may be a later re-export.
  article.date ??= date;
  return article;
}
