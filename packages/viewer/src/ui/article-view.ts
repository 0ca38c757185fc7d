// The article behind a piece of evidence: its text, every mention marked, the cited words current.
import { api } from '../api-client.ts';
import { el } from './dom.ts';
import { sourceLink } from './source-link.ts';

export async function openArticle(id: string, cite?: { start: number; end: number }): Promise<void> {
  const dialog = document.querySelector<HTMLDialogElement>('#article-dialog');
  const view = document.querySelector<HTMLElement>('#article-view');
  if (!dialog || !view) return;
  const { article, mentions } = await api.article(id);
  view.replaceChildren(
    el('h2', {}, article.title ?? 'Article'),
    el('p', { class: 'aliases' }, [article.date, article.source].filter(Boolean).join(' · ')),
  );
  if (article.url) view.append(el('p', { class: 'article-url' }, sourceLink(article.url, article.url)));
  // Syndicated copies: the same text elsewhere, stored once and counted once.
  if (article.copies?.length)
    view.append(
      el(
        'details',
        { class: 'article-copies' },
        el(
          'summary',
          {},
          `Also published at ${article.copies.length} other place${article.copies.length === 1 ? '' : 's'} (counted once)`,
        ),
        el(
          'ul',
          {},
          ...article.copies.map((c) =>
            el(
              'li',
              {},
              sourceLink(c.url ?? c.path, [c.source, c.date, c.title].filter(Boolean).join(' · ') || c.path),
            ),
          ),
        ),
      ),
    );
  const body = el('div', {});
  const text = article.text;
  // Marks: mentions, plus the cited span; nested spans are flattened to the outermost.
  const spans = [
    ...mentions.map((m) => ({ ...m, current: false })),
    ...(cite ? [{ ...cite, key: '', type: '', name: '', current: true }] : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  let currentNode: HTMLElement | null = null;
  for (const s of spans) {
    if (s.start < at) continue;
    body.append(text.slice(at, s.start));
    const mark = el(
      'mark',
      { title: s.name ? `${s.type}: ${s.name}` : 'cited', class: s.current ? 'current' : '' },
      text.slice(s.start, s.end),
    );
    if (s.current) currentNode = mark;
    body.append(mark);
    at = s.end;
  }
  body.append(text.slice(at));
  view.append(body);
  dialog.showModal();
  currentNode?.scrollIntoView({ block: 'center' });
}
