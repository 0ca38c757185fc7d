// The overview changes only when articles are ingested or removed, and building it reads every
// relation; so each answer (as its JSON text) is kept until the store changes. The fingerprint
// — node and relationship counts (from Neo4j's count store) and the latest ingest time — moves
// on every ingest, replacement and removal, and costs a few milliseconds to read.
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../read-query.ts';

const FINGERPRINT = `
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH (a:Article) RETURN toString(max(a.ingestedAt)) AS last }
RETURN rels, nodes, last`;

const KEEP = 8;

export class OverviewCache {
  private readonly entries = new Map<string, { fingerprint: string; json: string }>();

  async json(app: FastifyInstance, key: string, build: () => Promise<unknown>): Promise<string> {
    const [row] = await readQuery(app, FINGERPRINT);
    const fingerprint = row ? `${row.get('rels')}|${row.get('nodes')}|${row.get('last')}` : '';
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fingerprint) {
      // Most recently used last, so the oldest goes first when full.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.json;
    }
    const json = JSON.stringify(await build());
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, json });
    while (this.entries.size > KEEP) this.entries.delete(this.entries.keys().next().value as string);
    return json;
  }
}
