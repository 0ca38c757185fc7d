// What ingest needs to know of the store, kept in memory between calls: stored articles (paths,
// URLs, near-duplicate signatures), the alias index and the people index. A long-lived process
// (the API server, a feed watcher, the benchmark's chunks) reads it once and keeps it up to date
// with its own writes; a cheap fingerprint tells it when another process has changed the store.
import { STORE_FINGERPRINT } from '@caucus/graph/neo4j';
import type { Driver } from 'neo4j-driver';
import { decodeSignature } from '../dedup/minhash.ts';
import { NearDuplicateIndex } from '../dedup/near-duplicates.ts';
import { AliasIndex, type KnownNode } from './entity-resolution.ts';
import { warmWriter } from './graph-writer.ts';
import { type KnownPerson, PersonIndex, UnionFamilies } from './namesakes.ts';

export interface StoredArticles {
  pathById: Map<string, string>;
  idByPath: Map<string, string>;
  urlsById: Map<string, Set<string>>;
  copies: NearDuplicateIndex;
}

export interface IngestView {
  stored: StoredArticles;
  index: AliasIndex;
  people: PersonIndex;
}

export class IngestState {
  private view: IngestView | null = null;
  private fingerprint = '';
  private warmed = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** How many times the state was read from the store: once, unless another process wrote. */
  loads = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  /** Runs ingests of this state one after another: each sees the previous one's writes. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The state, reloaded only when the store changed behind this process's back. */
  async current(): Promise<IngestView> {
    const fingerprint = await this.readFingerprint();
    if (!this.view || fingerprint !== this.fingerprint) {
      this.view = await loadView(this.driver, this.database);
      this.loads++;
      this.fingerprint = fingerprint;
    }
    if (!this.warmed) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
      const tx = session.beginTransaction();
      try {
        await warmWriter(tx);
      } finally {
        await tx.rollback();
        await session.close();
      }
      this.warmed = true;
    }
    return this.view;
  }

  /** After this process's own writes, which the in-memory state already holds. */
  async settle(): Promise<void> {
    this.fingerprint = await this.readFingerprint();
  }

  /** After a failed write or a change the state does not follow (removals, curations). */
  invalidate(): void {
    this.view = null;
  }

  private async readFingerprint(): Promise<string> {
    const { records } = await this.driver.executeQuery(
      STORE_FINGERPRINT,
      {},
      { database: this.database, routing: 'READ' },
    );
    const r = records[0];
    return r ? [...r.values()].map(String).join('|') : '';
  }
}

async function loadView(driver: Driver, database: string | undefined): Promise<IngestView> {
  const read = (query: string) => driver.executeQuery(query, {}, { database, routing: 'READ' });
  const articles = await read(
    'MATCH (a:Article) RETURN a.id AS id, a.path AS path, coalesce(a.urls, [a.path]) AS urls, a.minhash AS minhash',
  );
  const nodes = await read(
    `MATCH (n:Entity) WHERE n.type IN ['Union', 'Party', 'Organisation', 'Faction', 'Place']
     RETURN n.key AS key, n.type AS type, coalesce(n.nameKeys, []) AS nameKeys, n.scope AS scope`,
  );
  // Each person's union ties, and which unions are one family, for telling namesakes apart.
  const people = await read(
    `MATCH (p:Person)
     OPTIONAL MATCH (p)-[:MEMBER_OF|HOLDS_POSITION]->(u:Union)
     WITH p, collect(DISTINCT u.key) AS direct
     OPTIONAL MATCH (p)-[:CANDIDATE_IN|ELECTED_IN]->(:Election)-[:ELECTION_OF]->(v:Union)
     WITH p, direct, collect(DISTINCT v.key) AS contested
     RETURN p.key AS key, direct + contested AS unions`,
  );
  const links = await read('MATCH (a:Union)-[:PART_OF|MERGED_INTO]->(b:Union) RETURN a.key AS a, b.key AS b');
  const families = new UnionFamilies();
  for (const r of links.records) families.join(r.get('a'), r.get('b'));
  const stored: StoredArticles = {
    pathById: new Map(),
    idByPath: new Map(),
    urlsById: new Map(),
    copies: new NearDuplicateIndex(),
  };
  for (const r of articles.records) {
    stored.pathById.set(r.get('id'), r.get('path'));
    stored.idByPath.set(r.get('path'), r.get('id'));
    stored.urlsById.set(r.get('id'), new Set(r.get('urls') as string[]));
    const signature = r.get('minhash') ? decodeSignature(r.get('minhash')) : null;
    if (signature) stored.copies.add(r.get('id'), signature);
  }
  return {
    stored,
    index: new AliasIndex(nodes.records.map((r) => r.toObject() as KnownNode)),
    people: new PersonIndex(
      people.records.map((r) => r.toObject() as KnownPerson),
      families,
    ),
  };
}
