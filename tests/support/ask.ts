// Asking the real server a question, and checking its Cypher in the console.
import { expect } from 'vitest';
import type { TestServer } from './test-server.ts';

export interface Reply {
  status: string;
  message: string;
  template: { id: string } | null;
  slots: {
    slot: string;
    entity: { key: string; name: string } | null;
    options: { key: string; detail: string | null }[];
  }[];
  answer: {
    summary: string;
    items: {
      text: string;
      entities: { key: string; name: string }[];
      evidence: { sentence: string; article: { title: string } | null }[];
    }[];
  } | null;
  cypher: string | null;
  params: Record<string, unknown> | null;
  nearest: { id: string; form: string }[];
}

export async function ask(
  server: TestServer,
  question: string,
  picks: Record<string, string> = {},
): Promise<Reply> {
  const { status, body } = await server.post('/api/ask', { question, picks });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as Reply;
}

/** The names an answer's items lead with (the entity the template asks for), in order. */
export const named = (r: Reply, at = 0) => r.answer?.items.map((i) => i.entities[at]?.name) ?? [];

/** The answer's Cypher, run in the console with its parameters, gives as many rows as it did. */
export async function consoleRuns(server: TestServer, r: Reply): Promise<number> {
  const { status, body } = await server.post('/api/cypher', { query: r.cypher, params: r.params });
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.rows as unknown[]).length;
}
