// "Why is this one entity?": the names merged into it, the rule behind each, and the sentence.
import type { MergeProvenance } from '../../api-client.ts';
import { el } from '../dom.ts';

export function whyOneEntity(merges: MergeProvenance | undefined): HTMLElement | null {
  if (!merges || merges.articles.length === 0) return null;
  const summary =
    merges.names.length <= 1 && merges.articles.length <= 1
      ? 'Why is this one entity? One name, one article.'
      : `Why is this one entity? ${merges.names.length} name(s) in ${merges.articles.length} article(s)` +
        (merges.confidence < 1 ? ` — weakest rule ${Math.round(merges.confidence * 100)}%` : '');
  return el(
    'details',
    { class: 'why-one', open: merges.confidence < 0.75 },
    el('summary', {}, summary),
    el(
      'ul',
      {},
      ...merges.articles.map((a) =>
        el(
          'li',
          {},
          el('div', { class: 'why-article' }, [a.article.title, a.article.date].filter(Boolean).join(' · ')),
          el('div', { class: 'why-rule' }, `joined by: ${a.rule}`),
          ...a.names.map((n) =>
            el(
              'div',
              { class: 'why-name' },
              el('strong', {}, n.name),
              ` — ${n.rule}: `,
              el('q', {}, n.sentence),
            ),
          ),
        ),
      ),
    ),
  );
}
