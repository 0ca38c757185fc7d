// Applies every active curation, oldest first, to the graph as the articles left it. Each step is
// idempotent, so this runs after every ingest (new articles may bring back a merged-away name or a
// rejected relation) and after an undo has rebuilt the articles a curation touched.
import type { Curation, CurationPayloads } from '@caucus/graph';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { REFRESH_NAMES } from '../write/graph-writer.ts';
import { activeCurations } from './curation-store.ts';
import { moveMentions } from './move-mentions.ts';

async function typeOf(tx: ManagedTransaction, key: string): Promise<string | null> {
  const r = await tx.run('MATCH (n:Entity {key: $key}) RETURN n.type AS type', { key });
  return (r.records[0]?.get('type') as string | undefined) ?? null;
}

/** Applies one curation; returns how many mentions or relations it changed. */
export async function applyCuration(tx: ManagedTransaction, c: Curation): Promise<number> {
  const ref = { id: c.id, kind: c.kind };
  switch (c.kind) {
    case 'split': {
      const p = c.payload as CurationPayloads['split'];
      const type = await typeOf(tx, p.entity);
      if (!type) return 0;
      return moveMentions(
        tx,
        p.entity,
        { key: p.newKey, type: type as never, name: p.name },
        p.articles,
        ref,
      );
    }
    case 'merge': {
      const p = c.payload as CurationPayloads['merge'];
      const type = await typeOf(tx, p.into);
      if (!type) return 0;
      return moveMentions(tx, p.from, { key: p.into, type: type as never, name: '' }, null, ref);
    }
    case 'retype': {
      const p = c.payload as CurationPayloads['retype'];
      const name = await tx.run('MATCH (n:Entity {key: $key}) RETURN n.name AS name', { key: p.entity });
      const current = name.records[0]?.get('name') as string | undefined;
      if (current === undefined) return 0;
      return moveMentions(tx, p.entity, { key: p.newKey, type: p.type, name: current }, null, ref);
    }
    case 'rename': {
      const p = c.payload as CurationPayloads['rename'];
      const r = await tx.run(
        'MATCH (n:Entity {key: $key}) WHERE n.name <> $name SET n.renamedBy = $id, n.name = $name RETURN n.key AS key',
        { key: p.entity, name: p.name, id: c.id },
      );
      if (r.records.length > 0) await tx.run(REFRESH_NAMES, { keys: [p.entity] });
      return r.records.length;
    }
    case 'reject-relation': {
      const p = c.payload as CurationPayloads['reject-relation'];
      // Either direction: symmetric relations are stored once, in key order.
      const r = await tx.run(
        `MATCH (s:Entity {key: $source})-[r]-(t:Entity {key: $target}) WHERE type(r) = $type DELETE r`,
        p,
      );
      return r.summary.counters.updates().relationshipsDeleted;
    }
  }
}

export async function applyCurations(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(async (tx) => {
      let changed = 0;
      for (const c of await activeCurations(tx)) changed += await applyCuration(tx, c);
      return changed;
    });
  } finally {
    await session.close();
  }
}
