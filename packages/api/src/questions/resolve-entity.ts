// A slot's words → one entity from the entity index, or the choices when they could name several.
import type { FastifyInstance } from 'fastify';
import { entityByKey, entityDetails } from '../queries/ask.ts';
import { searchEntities } from '../queries/search.ts';
import type { EntitySummary } from '../schemas.ts';

/** An entity offered as a choice, with a line that tells it apart from its namesakes. */
export type Option = EntitySummary & { detail: string | null };

export type Resolution =
  | { status: 'found'; entity: EntitySummary; note: string | null }
  | { status: 'ambiguous'; options: Option[] }
  | { status: 'not-found'; suggestions: Option[] };

export async function withDetails(app: FastifyInstance, list: EntitySummary[]): Promise<Option[]> {
  const details = await entityDetails(
    app,
    list.map((e) => e.key),
  );
  return list.map((e) => ({ ...e, detail: details.get(e.key) ?? null }));
}

const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The slot's words without quotes and a leading "the". */
export function cleanSlot(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/^the\s+/i, '')
    .trim();
}

/** A pick (an entity id the user chose) must exist and be of an allowed type. */
async function picked(app: FastifyInstance, key: string, types: readonly string[] | null, slot: string) {
  const entity = await entityByKey(app, key);
  if (!entity || (types && !types.includes(entity.type)))
    throw Object.assign(
      new Error(
        `picks/${slot}: "${key}" is not ${types ? `a ${types.join(' or ')}` : 'an entity'}; choose one of the options the question offered`,
      ),
      { statusCode: 400 },
    );
  return entity;
}

export async function resolveEntity(
  app: FastifyInstance,
  slot: string,
  text: string,
  types: readonly string[] | null,
  pick?: string,
): Promise<Resolution> {
  if (pick) return { status: 'found', entity: await picked(app, pick, types, slot), note: null };
  const words = cleanSlot(text);
  const found = (await searchEntities(app, words, { limit: 25 })).filter(
    (e) => !types || types.includes(e.type),
  );
  if (found.length === 0) {
    const others = (await searchEntities(app, words, { limit: 5 })).filter((e) => e.type !== 'Place');
    return { status: 'not-found', suggestions: await withDetails(app, others) };
  }
  const wanted = new Set([plain(words), plain(text)]);
  const exact = found.filter((e) => [e.name, ...e.aliases].some((n) => wanted.has(plain(n))));
  if (exact.length === 1) return { status: 'found', entity: exact[0] as EntitySummary, note: null };
  if (exact.length > 1) return { status: 'ambiguous', options: await withDetails(app, exact.slice(0, 8)) };
  const [first, second] = found as [EntitySummary & { score: number }, (EntitySummary & { score: number })?];
  // One clear leader is taken (and said so); close scores are the user's choice.
  if (!second || first.score >= 2 * second.score)
    return { status: 'found', entity: first, note: `read "${words}" as ${first.name}` };
  return { status: 'ambiguous', options: await withDetails(app, found.slice(0, 6)) };
}
