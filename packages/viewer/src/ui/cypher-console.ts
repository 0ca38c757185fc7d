// A Cypher editor with highlighting and history, example queries, and results as a table and
// (where rows hold nodes, relationships or paths) on the graph.
import { ApiError, api, type CypherReply } from '../api-client.ts';
import { el } from './dom.ts';

const EXAMPLES: [string, string][] = [
  [
    'Factions → candidates',
    'MATCH (f:Faction)-[r:ENDORSED]->(p:Person)\nRETURN f.name AS faction, p.name AS candidate, f, r, p\nORDER BY faction LIMIT 100',
  ],
  [
    'Party members',
    'MATCH (p:Person)-[r:MEMBER_OF]->(party:Party)\nRETURN party.name AS party, p.name AS person, p, r, party\nORDER BY party, person LIMIT 200',
  ],
  [
    'Union officers',
    'MATCH (p:Person)-[r:HOLDS_POSITION]->(u:Union)\nRETURN u.name AS union, r.title AS office, p.name AS person, p, r, u\nORDER BY union LIMIT 200',
  ],
  [
    'Election results',
    'MATCH (p:Person)-[r:ELECTED_IN]->(e:Election)\nRETURN e.name AS election, p.name AS winner, r.seat AS seat\nORDER BY election',
  ],
];

const KEYWORDS =
  /\b(MATCH|OPTIONAL|WHERE|RETURN|WITH|UNWIND|ORDER|BY|LIMIT|SKIP|AS|AND|OR|NOT|IN|IS|NULL|DISTINCT|CALL|YIELD|UNION|ALL|CASE|WHEN|THEN|ELSE|END|ASC|DESC|EXISTS|COUNT|COLLECT)\b/gi;

/** Cypher → highlighted HTML-free nodes (tokens wrapped in spans). */
function highlight(code: string): Node[] {
  const out: Node[] = [];
  const token =
    /(\/\/[^\n]*)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(\$\w+)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;
  let at = 0;
  for (const m of code.matchAll(token)) {
    out.push(document.createTextNode(code.slice(at, m.index)));
    const cls = m[1]
      ? 'cmt'
      : m[2]
        ? 'str'
        : m[3]
          ? 'param'
          : m[4]
            ? 'num'
            : m[5] && m[5].match(KEYWORDS)
              ? 'kw'
              : '';
    out.push(cls ? el('span', { class: cls }, m[0]) : document.createTextNode(m[0]));
    at = (m.index ?? 0) + m[0].length;
  }
  out.push(document.createTextNode(`${code.slice(at)}\n`));
  return out;
}

function cell(value: unknown): string {
  if (value && typeof value === 'object' && 'kind' in (value as object)) {
    const v = value as {
      kind: string;
      labels?: string[];
      type?: string;
      properties?: Record<string, unknown>;
    };
    if (v.kind === 'node')
      return `(${v.labels?.filter((l) => l !== 'Entity').join(':')} ${String(v.properties?.name ?? v.properties?.title ?? '')})`;
    if (v.kind === 'relationship') return `[:${v.type}]`;
    return `<path>`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface CypherConsole {
  /** Puts a query and its parameters in the editor (and runs them). */
  load(query: string, params: Record<string, unknown>): Promise<void>;
}

export function renderCypherConsole(
  panel: HTMLElement,
  onGraph: (reply: CypherReply) => void,
): CypherConsole {
  const history: string[] = JSON.parse(localStorage.getItem('caucus.cypherHistory') ?? '[]');
  let historyAt = history.length;
  const pre = el('pre', { 'aria-hidden': 'true' });
  const textarea = el('textarea', { id: 'cypher-input', spellcheck: 'false', 'aria-label': 'Cypher query' });
  const output = el('div', { class: 'results', id: 'cypher-results' });
  const paramsInput = el('textarea', {
    id: 'cypher-params',
    class: 'params',
    spellcheck: 'false',
    rows: '2',
    placeholder: '{"name": "value"}',
    'aria-label': 'Query parameters (JSON)',
  });
  const sync = () => {
    pre.replaceChildren(...highlight(textarea.value));
    pre.scrollTop = textarea.scrollTop;
  };
  const run = async () => {
    const query = textarea.value.trim();
    if (!query) return;
    history.push(query);
    localStorage.setItem('caucus.cypherHistory', JSON.stringify(history.slice(-50)));
    historyAt = history.length;
    let params: Record<string, unknown> = {};
    try {
      params = paramsInput.value.trim() ? JSON.parse(paramsInput.value) : {};
    } catch {
      output.replaceChildren(
        el('p', { class: 'error' }, 'The parameters are not JSON; write them as {"name": "value"}.'),
      );
      return;
    }
    output.replaceChildren(el('p', { class: 'aliases' }, 'Running…'));
    try {
      const reply = await api.cypher(query, params);
      const table = el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...reply.columns.map((c) => el('th', {}, c)))),
        el('tbody', {}, ...reply.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v)))))),
      );
      output.replaceChildren(
        el(
          'p',
          { class: 'aliases' },
          `${reply.rows.length} row(s)${reply.truncated ? ' (truncated)' : ''} in ${reply.elapsedMs} ms`,
        ),
        table,
      );
      if (reply.graph.nodes.length > 0) onGraph(reply);
    } catch (err) {
      output.replaceChildren(
        el('p', { class: 'error' }, err instanceof ApiError ? `${err.status}: ${err.message}` : String(err)),
      );
    }
  };
  textarea.addEventListener('input', sync);
  textarea.addEventListener('scroll', sync);
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    } else if (e.key === 'ArrowUp' && e.altKey && historyAt > 0) {
      textarea.value = history[--historyAt] ?? '';
      sync();
    } else if (e.key === 'ArrowDown' && e.altKey && historyAt < history.length) {
      textarea.value = history[++historyAt] ?? '';
      sync();
    }
  });
  textarea.value = EXAMPLES[0]?.[1] ?? '';
  sync();
  panel.replaceChildren(
    el('h2', {}, 'Cypher console'),
    el('p', { class: 'aliases' }, 'Read-only. Ctrl+Enter runs; Alt+↑/↓ walks the history.'),
    el(
      'details',
      { class: 'aliases', id: 'cypher-rules' },
      el('summary', {}, 'What a query may do'),
      el(
        'p',
        {},
        'Reads only (no writes, LOAD CSV, USE, SHOW or admin procedures), with a timeout and a row cap. ' +
          'Work inside one expression must be bounded before it runs: range() with integer bounds, at most ' +
          '10 000 elements; reduce() adds to its accumulator once per step (no s + s); nested ' +
          'comprehensions over collected lists stay under 10 million steps and values under 1 million ' +
          'elements; variable-length paths need an upper bound of at most 6 hops (*1..6, {1,6}). ' +
          'A refused query names the construct and why.',
      ),
    ),
    el(
      'div',
      { class: 'examples' },
      ...EXAMPLES.map(([label, q]) =>
        el(
          'button',
          {
            onclick: () => {
              textarea.value = q;
              sync();
              void run();
            },
          },
          label,
        ),
      ),
    ),
    el('div', { class: 'cypher-editor' }, pre, textarea),
    el('label', { class: 'aliases', for: 'cypher-params' }, 'Parameters ($name → value, JSON)'),
    paramsInput,
    el('button', { id: 'cypher-run', onclick: () => void run() }, 'Run'),
    output,
  );
  return {
    async load(query, params) {
      textarea.value = query;
      paramsInput.value = Object.keys(params).length ? JSON.stringify(params, null, 1) : '';
      sync();
      await run();
    },
  };
}
