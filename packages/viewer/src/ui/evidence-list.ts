// Evidence sentences with the cited words marked, the article's title, date and source, and a
// link to read the whole article.
import type { EvidenceItem } from '../api-client.ts';
import { openArticle } from './article-view.ts';
import { el, markedSentence } from './dom.ts';
import { sourceLink } from './source-link.ts';

export function evidenceList(items: EvidenceItem[], names: string[] = []): HTMLElement {
  const list = el('div', { class: 'evidence-list' });
  for (const e of items) {
    const source = [e.article?.title, e.article?.date, e.article?.source].filter(Boolean).join(' · ');
    list.append(
      el(
        'blockquote',
        { class: 'evidence', 'data-method': e.method },
        markedSentence(e.sentence, e.start - e.sentenceStart, e.end - e.sentenceStart, names),
        el(
          'span',
          { class: 'source' },
          sourceLink(e.article?.url, source),
          ` — ${e.method}, confidence ${e.confidence.toFixed(2)} — `,
          el(
            'a',
            { onclick: () => void openArticle(e.articleId, { start: e.start, end: e.end }) },
            'read article',
          ),
        ),
      ),
    );
  }
  return list;
}

/** "The newest 5 of 40 pieces of evidence.", when only some are shown. */
export function newestOf(shown: number, total: number): HTMLElement | null {
  return total > shown
    ? el('p', { class: 'aliases' }, `The newest ${shown} of ${total} pieces of evidence.`)
    : null;
}
