// Runs screened user Cypher (access rules, then a proof of bounded work): EXPLAIN must report a read-only plan, then a READ transaction
// with a timeout streams at most `rowLimit` rows.
import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'neo4j-driver';
import { GraphCollector, type SerializedGraph } from '../graph-json/graphology-json.ts';
import { toJson } from '../graph-json/to-json.ts';
import { cypherParams } from '../read-query.ts';
import { checkBoundedWork } from './bounded-work.ts';
import { CypherRefusedError, screenCypher } from './cypher-guard.ts';

export interface CypherReply {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: SerializedGraph;
  elapsedMs: number;
}

export async function runUserCypher(
  app: FastifyInstance,
  query: string,
  rawParams: Record<string, unknown>,
): Promise<CypherReply> {
  const params = cypherParams(rawParams);
  screenCypher(query);
  checkBoundedWork(query, rawParams);
  const { cypherTimeoutMs, cypherRowLimit } = app.settings;
  const session = app.graph.driver.session({
    database: app.graph.database,
    defaultAccessMode: 'READ',
    fetchSize: Math.min(cypherRowLimit + 1, 1000),
  });
  const started = Date.now();
  // Explicit transactions, never retried: a query that hit a memory or time limit would only
  // hit it again, and the user should hear about it at once.
  const inReadTransaction = async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
    const tx = session.beginTransaction({ timeout: cypherTimeoutMs });
    try {
      return await work(tx);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  };
  try {
    const plan = await inReadTransaction((tx) => tx.run(`EXPLAIN ${query}`, params));
    if (plan.summary.queryType !== 'r') {
      throw new CypherRefusedError(
        `only read-only queries may run here (the plan is of type "${plan.summary.queryType}")`,
      );
    }
    return await inReadTransaction(async (tx) => {
      const result = tx.run(query, params);
      const columns = (await result.keys()) as string[];
      const rows: unknown[][] = [];
      const graph = new GraphCollector();
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= cypherRowLimit) {
          truncated = true;
          break;
        }
        rows.push(columns.map((c) => toJson(record.get(c))));
        graph.collect(columns.map((c) => record.get(c)));
      }
      return { columns, rows, truncated, graph: graph.toSerialized(), elapsedMs: Date.now() - started };
    });
  } finally {
    await session.close();
  }
}
