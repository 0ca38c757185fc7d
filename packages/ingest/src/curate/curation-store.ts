// :Curation nodes: who corrected what, when and why, in the order made; undone ones are kept
// (with who undid them and when) so the history stays whole.
import { randomUUID } from 'node:crypto';
import type { Curation, CurationKind, CurationPayloads } from '@caucus/graph';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

const FIELDS = `c {.id, .kind, .payload, .who, .why, .at, .undone, .undoneAt, .undoneBy}`;

function toCuration(row: Record<string, unknown>): Curation {
  return { ...(row as unknown as Curation), payload: JSON.parse(String(row.payload)) };
}

export async function activeCurations(tx: ManagedTransaction): Promise<Curation[]> {
  const result = await tx.run(`MATCH (c:Curation) WHERE NOT c.undone RETURN ${FIELDS} AS c ORDER BY c.seq`);
  return result.records.map((r) => toCuration(r.get('c')));
}

export async function listCurations(
  driver: Driver,
  database: string | undefined,
  entity: string | null,
  limit: number,
): Promise<Curation[]> {
  // An entity's history: every curation whose payload names its key.
  const result = await driver.executeQuery(
    `MATCH (c:Curation) WHERE $entity IS NULL OR c.keys IS NOT NULL AND $entity IN c.keys
     RETURN ${FIELDS} AS c ORDER BY c.seq DESC LIMIT $limit`,
    { entity, limit: neo4j.int(Math.trunc(limit)) },
    { database, routing: 'READ' },
  );
  return result.records.map((r) => toCuration(r.get('c')));
}

/** The keys a payload names, so an entity's history can be found. */
export function payloadKeys(kind: CurationKind, payload: CurationPayloads[CurationKind]): string[] {
  const p = payload as unknown as Record<string, unknown>;
  return [p.entity, p.from, p.into, p.newKey, p.source, p.target].filter(
    (k): k is string => typeof k === 'string' && k.length > 0 && (kind !== 'rename' || k === p.entity),
  );
}

export async function createCuration<K extends CurationKind>(
  tx: ManagedTransaction,
  kind: K,
  payload: CurationPayloads[K],
  who: string,
  why: string,
): Promise<Curation<K>> {
  const id = randomUUID();
  const result = await tx.run(
    `OPTIONAL MATCH (last:Curation) WITH coalesce(max(last.seq), 0) AS seq
     CREATE (c:Curation {id: $id, kind: $kind, payload: $payload, keys: $keys, who: $who, why: $why,
                         at: toString(datetime()), seq: seq + 1, undone: false, undoneAt: null, undoneBy: null})
     RETURN ${FIELDS} AS c`,
    { id, kind, payload: JSON.stringify(payload), keys: payloadKeys(kind, payload), who, why },
  );
  return toCuration(result.records[0]?.get('c')) as Curation<K>;
}

/** Marks a curation undone; null when there is no such curation, or it already was. */
export async function markUndone(tx: ManagedTransaction, id: string, who: string): Promise<Curation | null> {
  const result = await tx.run(
    `MATCH (c:Curation {id: $id}) WHERE NOT c.undone
     SET c.undone = true, c.undoneAt = toString(datetime()), c.undoneBy = $who
     RETURN ${FIELDS} AS c`,
    { id, who },
  );
  const row = result.records[0];
  return row ? toCuration(row.get('c')) : null;
}
