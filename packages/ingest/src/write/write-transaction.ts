// One write transaction of an ingest batch, retried on transient errors (a leader switch, a
// deadlock) like the driver's managed transactions, except for one: a batch over Neo4j's
// per-transaction memory limit would fail again as it is, so that error is thrown at once and
// the caller splits the batch. Evidence lists grow with the store, so a batch size that fits at
// 10 000 articles may not at 100 000.
import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** What the batch writers need of a transaction. */
export type WriteTx = Pick<ManagedTransaction, 'run'>;

const ATTEMPTS = 5;

export function overMemoryLimit(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(e.code ?? '') ||
    /db\.memory\.transaction\.max/.test(e.message ?? '')
  );
}

const transient = (err: unknown) => (err as { retriable?: boolean }).retriable === true;

export async function writeTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({
      database,
      defaultAccessMode: 'WRITE',
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    const tx = session.beginTransaction();
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      if (overMemoryLimit(err) || !transient(err) || attempt >= ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    } finally {
      await session.close();
    }
  }
}
