// Answers that change only when the store does (stats, the overview, entity views, searches,
// neighbourhoods, paths and links), kept per
// process up to a memory budget, least recently used out first. This
// server's own writes (ingest, curations) clear them at once with invalidateReadCache; writes by
// another process (a CLI ingest while the server runs) are noticed through a store fingerprint,
// read at most once per check interval (settings.readCacheCheckMs).
import { STORE_FINGERPRINT } from '@caucus/graph/neo4j';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { readQuery } from './read-query.ts';

/** Characters of JSON kept in all (an overview in graphology form is about 12 million). */
const BUDGET = 64_000_000;
/** What a value that is not JSON text is counted as. */
const OBJECT_SIZE = 10_000;

const sizeOf = (value: unknown) => (typeof value === 'string' ? value.length : OBJECT_SIZE);

export class ReadCache {
  private readonly entries = new Map<string, unknown>();
  /** Builds under way, so concurrent requests for one answer share one build. */
  private readonly building = new Map<string, Promise<unknown>>();
  private size = 0;
  private fingerprint: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** Bumped on every clear, so a build that started before it is not stored after it. */
  private generation = 0;

  clear(): void {
    this.forget();
    this.building.clear();
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
    const pending = this.building.get(key);
    if (pending) return pending as Promise<T>;
    const generation = this.generation;
    const promise = build();
    this.building.set(key, promise);
    let value: T;
    try {
      value = await promise;
    } finally {
      if (this.building.get(key) === promise) this.building.delete(key);
    }
    if (generation === this.generation && !this.entries.has(key)) {
      this.entries.set(key, value);
      this.size += sizeOf(value);
      for (const [oldest, old] of this.entries) {
        if (this.size <= BUDGET) break;
        this.entries.delete(oldest);
        this.size -= sizeOf(old);
      }
    }
    return value;
  }

  private forget(): void {
    this.entries.clear();
    this.size = 0;
  }

  private async checkStore(app: FastifyInstance): Promise<void> {
    const now = Date.now();
    if (now - this.checkedAt < app.settings.readCacheCheckMs) return;
    this.checkedAt = now;
    const [row] = await readQuery(app, STORE_FINGERPRINT);
    const fingerprint = row ? [...row.values()].map(String).join('|') : '';
    if (fingerprint !== this.fingerprint) {
      this.forget();
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

/**
 * Sends the answer kept under `key` as JSON text, building it first when absent: `build` gives
 * the answer, serialized by the route's response schema (or as plain JSON when it has none).
 */
export async function sendCached(
  app: FastifyInstance,
  reply: FastifyReply,
  key: unknown[],
  build: () => Promise<unknown>,
): Promise<FastifyReply> {
  const json = await app.readCache.get(app, JSON.stringify(key), async () => reply.serialize(await build()));
  return reply.type('application/json; charset=utf-8').send(json);
}
