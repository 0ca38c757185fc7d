// Answers that change only when the store does (stats, the overview), kept per process. This
// server's own writes (ingest, curations) clear them at once with invalidateReadCache; writes by
// another process (a CLI ingest while the server runs) are noticed through a store fingerprint,
// read at most once per check interval (settings.readCacheCheckMs).
import type { FastifyInstance } from 'fastify';
import { readQuery } from './read-query.ts';

// Node and relationship counts come from Neo4j's count store; the latest ingest time and the
// curation sequence (a curation may rename without changing any count) are small reads.
const FINGERPRINT = `
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH (a:Article) RETURN toString(max(a.ingestedAt)) AS last }
CALL { MATCH (c:Curation) RETURN max(c.seq) AS seq, sum(CASE WHEN c.undone THEN 1 ELSE 0 END) AS undone }
RETURN rels, nodes, last, seq, undone`;

/** Most entries kept: each filter combination of the overview is one. */
const KEEP = 16;

export class ReadCache {
  private readonly entries = new Map<string, unknown>();
  private fingerprint: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** Bumped on every clear, so a build that started before it is not stored after it. */
  private generation = 0;

  clear(): void {
    this.entries.clear();
    this.fingerprint = null;
    this.checkedAt = Number.NEGATIVE_INFINITY;
    this.generation++;
  }

  async get<T>(app: FastifyInstance, key: string, build: () => Promise<T>): Promise<T> {
    await this.checkStore(app);
    if (this.entries.has(key)) {
      const hit = this.entries.get(key) as T;
      // Most recently used last, so the oldest goes first when full.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const generation = this.generation;
    const value = await build();
    if (generation === this.generation) {
      this.entries.set(key, value);
      while (this.entries.size > KEEP) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  private async checkStore(app: FastifyInstance): Promise<void> {
    const now = Date.now();
    if (now - this.checkedAt < app.settings.readCacheCheckMs) return;
    this.checkedAt = now;
    const [row] = await readQuery(app, FINGERPRINT);
    const fingerprint = row ? [...row.values()].map(String).join('|') : '';
    if (fingerprint !== this.fingerprint) {
      this.entries.clear();
      this.generation++;
      this.fingerprint = fingerprint;
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    readCache: ReadCache;
  }
}

/** Forgets every cached answer; call after this process changed the store. */
export function invalidateReadCache(app: FastifyInstance): void {
  app.readCache.clear();
}
