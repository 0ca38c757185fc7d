// "Add article": paste the URL of a web page or PDF; the server fetches it, reads it and adds its
// graph. Writing needs the server's token, asked for once and kept for this browser tab only.
import { ApiError, api } from '../api-client.ts';
import { openArticle } from './article-view.ts';
import { el } from './dom.ts';

const TOKEN_KEY = 'caucus.apiToken';

export function attachAddArticle(button: HTMLElement, dialog: HTMLDialogElement): void {
  const url = el('input', {
    type: 'url',
    name: 'url',
    required: true,
    placeholder: 'https://… a news page or a PDF',
    'aria-label': 'Article URL',
  });
  const token = el('input', {
    type: 'password',
    name: 'token',
    required: true,
    autocomplete: 'off',
    placeholder: 'API token (CAUCUS_API_TOKEN)',
    'aria-label': 'API token',
  });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const submit = el('button', { type: 'submit' }, 'Fetch and add');
  const result = el('div', { class: 'add-article-result', role: 'status' });
  const form = el(
    'form',
    { class: 'add-article-form' },
    el('h2', {}, 'Add an article'),
    el(
      'p',
      { class: 'aliases' },
      'The server fetches the page (or PDF), keeps the article text without the site around it, and adds what it says to the graph, every fact linked back to the page.',
    ),
    el('label', {}, 'URL', url),
    el('label', {}, 'Token', token),
    el(
      'div',
      { class: 'add-article-actions' },
      submit,
      el('button', { type: 'button', value: 'close', onclick: () => dialog.close() }, 'Close'),
    ),
    result,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    submit.disabled = true;
    result.className = 'add-article-result';
    result.replaceChildren(`Fetching ${url.value}…`);
    api
      .addArticle(url.value.trim(), token.value)
      .then((reply) => {
        const id = reply.copyOf ?? reply.id;
        const what =
          reply.status === 'copy'
            ? 'A copy of an article already in the graph: its URL is added there, its evidence counted once.'
            : reply.status === 'unchanged'
              ? 'Already in the graph, unchanged.'
              : reply.status === 'failed'
                ? `Not added: ${reply.failed.map((f) => f.reason).join('; ')}`
                : 'Added.';
        result.className = `add-article-result ${reply.status === 'failed' ? 'error' : 'ok'}`;
        result.replaceChildren(
          el('strong', {}, reply.title ?? reply.url ?? url.value),
          el('p', {}, what),
          reply.status === 'failed'
            ? ''
            : el(
                'p',
                {},
                el('a', { href: `?article=${id}`, class: 'show-graph' }, "Show the article's graph"),
                ' · ',
                el(
                  'a',
                  { href: '#', onclick: (ev) => (ev.preventDefault(), void openArticle(id)) },
                  'Read it',
                ),
              ),
        );
      })
      .catch((err: unknown) => {
        result.className = 'add-article-result error';
        result.replaceChildren(err instanceof ApiError ? err.message : String(err));
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  dialog.replaceChildren(form);
  button.addEventListener('click', () => {
    dialog.showModal();
    url.focus();
  });
}
