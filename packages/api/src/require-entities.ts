// Answers 404, naming the parameter, when an entity id given to an endpoint does not exist, and
// 400 when the two ends of a path or link are one entity (shortest-path search refuses that).
import type { FastifyInstance } from 'fastify';
import { readQuery } from './read-query.ts';

export async function requireEntities(app: FastifyInstance, ids: Record<string, string>): Promise<void> {
  const found = await readQuery(app, 'MATCH (n:Entity) WHERE n.key IN $keys RETURN n.key AS key', {
    keys: Object.values(ids),
  });
  const known = new Set(found.map((r) => r.get('key') as string));
  for (const [param, key] of Object.entries(ids)) {
    if (!known.has(key)) {
      throw Object.assign(
        new Error(`${param}: no entity with id "${key}"; find ids with GET /api/search?q=…`),
        { statusCode: 404 },
      );
    }
  }
}

/** The two ends (`{from, to}` or `{faction, candidate}`) must be different entities, then exist. */
export async function requireTwoEntities(app: FastifyInstance, ends: Record<string, string>): Promise<void> {
  const [[a, keyA] = [], [b, keyB] = []] = Object.entries(ends);
  if (keyA === keyB) {
    throw Object.assign(new Error(`${a} and ${b} are the same entity ("${keyA}"); give two different ids`), {
      statusCode: 400,
    });
  }
  await requireEntities(app, ends);
}
