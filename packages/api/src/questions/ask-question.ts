// A question in plain words → a template, its slots filled from the entity index, its Cypher run
// read-only with parameters, and the answer with evidence and the exact Cypher; or a clear
// refusal naming the nearest templates, or the choices when a name is ambiguous.
import type { FastifyInstance } from 'fastify';
import { runTemplate } from '../queries/ask.ts';
import { findLinks } from '../queries/links.ts';
import type { EntitySummary } from '../schemas.ts';
import { type MatchedQuestion, matchQuestion, nearestTemplates } from './match-question.ts';
import { resolveElection } from './resolve-election.ts';
import { type Option, type Resolution, resolveEntity } from './resolve-entity.ts';
import type { QuestionTemplate, TemplateId } from './templates.ts';
import { type Answer, type AnswerEntity, linksAnswer, writeAnswer } from './write-answer.ts';

export type AskStatus = 'answered' | 'ambiguous' | 'not-found' | 'not-understood';

export interface SlotReport {
  slot: string;
  text: string;
  entity: EntitySummary | null;
  /** How a loose match was read, e.g. "read "lanac" as Local Associations…". */
  note: string | null;
  options: Option[];
  suggestions: Option[];
}

export interface TemplateRef {
  id: TemplateId;
  form: string;
  examples: string[];
}

export interface AskReply {
  status: AskStatus;
  question: string;
  message: string;
  template: TemplateRef | null;
  slots: SlotReport[];
  answer: Answer | null;
  /** The Cypher that produced the answer and its parameters: paste both into the console. */
  cypher: string | null;
  params: Record<string, unknown> | null;
  nearest: TemplateRef[];
}

export const templateRef = (t: QuestionTemplate): TemplateRef => ({
  id: t.id,
  form: t.form,
  examples: t.examples,
});

const refusal = (question: string, message: string, nearest: QuestionTemplate[]): AskReply => ({
  status: 'not-understood',
  question,
  message,
  template: null,
  slots: [],
  answer: null,
  cypher: null,
  params: null,
  nearest: nearest.map(templateRef),
});

function resolveSlot(app: FastifyInstance, t: QuestionTemplate, slot: string, text: string, pick?: string) {
  const kind = t.slots[slot];
  if (!kind) throw new Error(`questions: template ${t.id} has no slot "${slot}"`);
  return kind.kind === 'election'
    ? resolveElection(app, slot, text, pick)
    : resolveEntity(app, slot, text, kind.types, pick);
}

/** "A and B": every split at " and " is tried; the one where both sides name entities best wins. */
async function resolvePair(
  app: FastifyInstance,
  m: MatchedQuestion,
  picks: Record<string, string>,
): Promise<Map<string, [string, Resolution]>> {
  const [a, b] = m.template.pair as [string, string];
  const splits: [string, string][] = [];
  for (const found of (m.pair ?? '').matchAll(/\s+and\s+/gi))
    splits.push([
      (m.pair ?? '').slice(0, found.index),
      (m.pair ?? '').slice((found.index ?? 0) + found[0].length),
    ]);
  const score = (r: Resolution) =>
    r.status === 'found' ? (r.note ? 2 : 3) : r.status === 'ambiguous' ? 1 : 0;
  let best: Map<string, [string, Resolution]> | null = null;
  let bestScore = -1;
  for (const [left, right] of splits) {
    const ra = await resolveSlot(app, m.template, a, left, picks[a]);
    const rb = await resolveSlot(app, m.template, b, right, picks[b]);
    const s = score(ra) * 4 + score(rb);
    if (s > bestScore) {
      best = new Map([
        [a, [left, ra]],
        [b, [right, rb]],
      ]);
      bestScore = s;
    }
  }
  return best ?? new Map();
}

export async function askQuestion(
  app: FastifyInstance,
  question: string,
  picks: Record<string, string> = {},
): Promise<AskReply> {
  const m = matchQuestion(question);
  if (!m)
    return refusal(
      question,
      'This question does not fit any of the questions Caucus can answer; the nearest ones are below. For anything else, write Cypher in the console.',
      nearestTemplates(question),
    );
  const t = m.template;
  const resolved = new Map<string, [string, Resolution]>();
  if (t.pair && m.pair) for (const [k, v] of await resolvePair(app, m, picks)) resolved.set(k, v);
  for (const [slot, text] of Object.entries(m.texts))
    resolved.set(slot, [text, await resolveSlot(app, t, slot, text, picks[slot])]);
  const missing = Object.keys(t.slots).filter((s) => !resolved.has(s));
  if (missing.length)
    return {
      ...refusal(
        question,
        `The question looks like "${t.form}" but does not say which ${missing.join(' and ')}; for example: "${t.examples[0]}".`,
        [t],
      ),
      template: templateRef(t),
    };
  const slots: SlotReport[] = [...resolved].map(([slot, [text, r]]) => ({
    slot,
    text,
    entity: r.status === 'found' ? r.entity : null,
    note: r.status === 'found' ? r.note : null,
    options: r.status === 'ambiguous' ? r.options : [],
    suggestions: r.status === 'not-found' ? r.suggestions : [],
  }));
  const base = { question, template: templateRef(t), slots, nearest: [] };
  const unknown = slots.filter((s) => s.entity === null && s.options.length === 0);
  if (unknown.length)
    return {
      ...base,
      status: 'not-found',
      message: unknown
        .map(
          (s) =>
            `Nothing in the graph fits "${s.text}" as the ${s.slot}${expected(t, s.slot)}${s.suggestions.length ? `; the entity index has ${s.suggestions.map((x) => `${x.name} (${x.detail ?? x.type})`).join(', ')}` : ''}.`,
        )
        .join(' '),
      answer: null,
      cypher: null,
      params: null,
    };
  const unclear = slots.filter((s) => s.entity === null);
  if (unclear.length)
    return {
      ...base,
      status: 'ambiguous',
      message: unclear.map((s) => `"${s.text}" could be ${s.options.length} entities: choose one.`).join(' '),
      answer: null,
      cypher: null,
      params: null,
    };
  const entities: Record<string, AnswerEntity> = {};
  for (const s of slots)
    if (s.entity) entities[s.slot] = { key: s.entity.key, name: s.entity.name, type: s.entity.type };
  const key = (slot: string) => (entities[slot] as AnswerEntity).key;
  const ctx = { entities, year: m.year, since: m.since ? `${m.since}-01-01` : null, types: m.types };
  let answer: Answer;
  let cypher = t.cypher;
  let params: Record<string, unknown>;
  if (t.id === 'how-linked') {
    const found = await findLinks(app, key('from'), key('to'));
    cypher = found.cypher;
    params = found.params;
    answer = linksAnswer(found.links, ctx);
  } else {
    params = PARAMS[t.id](key, ctx);
    answer = await writeAnswer(app, t.id, await runTemplate(app, cypher, params), ctx);
  }
  const notes = slots.flatMap((s) => (s.note ? [s.note] : []));
  return {
    ...base,
    status: 'answered',
    message: notes.length ? `${answer.summary} (${notes.join('; ')})` : answer.summary,
    answer,
    cypher,
    params,
  };
}

/** " (a person)", " (an election)": what the slot must name, for refusals. */
function expected(t: QuestionTemplate, slot: string): string {
  const kind = t.slots[slot];
  if (!kind) return '';
  if (kind.kind === 'election') return ' (an election)';
  return kind.types ? ` (${kind.types.map((x) => x.toLowerCase()).join(', ')})` : '';
}

type Ctx = { year: string | null; since: string | null; types: string[] | null };
const PARAMS: Record<
  Exclude<TemplateId, 'how-linked'>,
  (key: (s: string) => string, c: Ctx) => Record<string, unknown>
> = {
  'who-endorsed': (key, c) => ({ candidate: key('candidate'), types: c.types }),
  'backed-in-year': (key, c) => ({ backer: key('backer'), year: c.year }),
  'stood-in-election': (key) => ({ election: key('election') }),
  'backed-the-winner': (key, c) => ({ election: key('election'), types: c.types }),
  'backed-by-both': (key) => ({ first: key('first'), second: key('second') }),
  'what-changed': (key, c) => ({ entity: key('entity'), since: c.since }),
};
