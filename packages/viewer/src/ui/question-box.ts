// Questions in plain words: the answer with its evidence, the exact Cypher it ran (one click
// into the console to edit), the choice when a name is ambiguous, and the nearest questions
// when it cannot map one.
import { ApiError, type AskReply, api, type TemplateRef } from '../api-client.ts';
import { el } from './dom.ts';
import { evidenceList, newestOf } from './evidence-list.ts';

export interface QuestionActions {
  select(key: string): void;
  /** Dims all but the answer's entities (null: show all). */
  highlight(keys: Set<string> | null): void;
  editInConsole(cypher: string, params: Record<string, unknown>): void;
}

export interface QuestionBox {
  ask(question: string): Promise<void>;
}

export function renderQuestionBox(panel: HTMLElement, actions: QuestionActions): QuestionBox {
  const input = el('input', {
    id: 'question',
    type: 'search',
    placeholder: 'e.g. who endorsed Kauser Jan?',
    'aria-label': 'Question',
    autocomplete: 'off',
  }) as HTMLInputElement;
  const output = el('div', { id: 'answer', 'aria-live': 'polite' });
  const examples = el('div', { class: 'examples', id: 'question-examples' });
  const help = el(
    'details',
    { open: true },
    el('summary', { class: 'aliases' }, 'Questions it understands'),
    examples,
  );
  let picks: Record<string, string> = {};

  const tryThese = (templates: TemplateRef[]) =>
    el(
      'ul',
      { class: 'nearest' },
      ...templates.map((t) =>
        el(
          'li',
          {},
          el('strong', {}, t.form),
          ' — e.g. ',
          el('a', { onclick: () => void ask(t.examples[0] ?? t.form) }, t.examples[0] ?? ''),
        ),
      ),
    );

  const show = (r: AskReply) => {
    const parts: (Node | null)[] = [
      el('p', { class: `answer-message ${r.status}`, id: 'answer-message' }, r.message),
    ];
    if (r.status === 'ambiguous')
      for (const s of r.slots.filter((x) => x.options.length))
        parts.push(
          el('p', { class: 'aliases' }, `Which "${s.text}"?`),
          el(
            'div',
            { class: 'choices' },
            ...s.options.map((o) =>
              el(
                'button',
                {
                  type: 'button',
                  class: 'choice',
                  'data-key': o.key,
                  onclick: () => {
                    picks = { ...picks, [s.slot]: o.key };
                    void ask(r.question, picks);
                  },
                },
                o.name,
                el('small', {}, o.detail ?? o.type),
              ),
            ),
          ),
        );
    if (r.status === 'not-understood' && r.nearest.length)
      parts.push(el('p', { class: 'aliases' }, 'Questions it can answer:'), tryThese(r.nearest));
    if (r.answer)
      parts.push(
        ...r.answer.items.map((item) =>
          el(
            'div',
            { class: 'relation answer-item' },
            el('div', { class: 'answer-text' }, item.text),
            el(
              'div',
              { class: 'aliases' },
              ...item.entities.flatMap((e, i) => [
                i ? ' · ' : '',
                el('span', { class: 'who', onclick: () => actions.select(e.key) }, e.name),
              ]),
            ),
            evidenceList(
              // Two relations read from one sentence (a co-endorsement) show it once.
              item.evidence.filter(
                (e, i, all) =>
                  all.findIndex((x) => x.articleId === e.articleId && x.sentenceStart === e.sentenceStart) ===
                  i,
              ),
              item.entities.map((e) => e.name),
            ),
            newestOf(item.evidence.length, item.evidenceCount),
          ),
        ),
      );
    if (r.cypher && r.params) {
      const { cypher, params } = r;
      parts.push(
        el(
          'details',
          { class: 'answer-cypher', open: true },
          el('summary', {}, 'The Cypher it ran'),
          el('pre', { id: 'answer-cypher' }, cypher),
          el('pre', { class: 'params' }, `params ${JSON.stringify(params)}`),
          el(
            'button',
            { type: 'button', id: 'answer-edit', onclick: () => actions.editInConsole(cypher, params) },
            'Edit in the Cypher console',
          ),
        ),
      );
    }
    output.replaceChildren(...parts.filter((p): p is Node => p !== null));
    const keys = new Set(r.answer?.items.flatMap((i) => i.entities.map((e) => e.key)) ?? []);
    actions.highlight(keys.size ? keys : null);
  };

  async function ask(question: string, chosen: Record<string, string> = {}): Promise<void> {
    input.value = question;
    picks = chosen;
    (help as HTMLDetailsElement).open = false;
    output.replaceChildren(el('p', { class: 'aliases' }, 'Thinking in Cypher…'));
    try {
      show(await api.ask(question, chosen));
    } catch (err) {
      output.replaceChildren(
        el('p', { class: 'error' }, err instanceof ApiError ? err.message : String(err)),
      );
    }
  }

  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void ask(input.value.trim());
  });
  void api.askTemplates().then(({ templates }) => {
    examples.replaceChildren(
      ...templates.map((t) =>
        el(
          'button',
          { type: 'button', title: t.form, onclick: () => void ask(t.examples[0] ?? t.form) },
          t.examples[0] ?? t.form,
        ),
      ),
    );
  });
  panel.replaceChildren(
    el('h2', {}, 'Ask'),
    el(
      'p',
      { class: 'aliases' },
      'Common questions in plain words, answered from fixed Cypher templates with the evidence and the query shown. No model, no network.',
    ),
    el(
      'div',
      { class: 'ask-row' },
      input,
      el('button', { type: 'button', id: 'question-go', onclick: () => void ask(input.value.trim()) }, 'Ask'),
    ),
    help,
    output,
  );
  return { ask: (q) => ask(q) };
}
