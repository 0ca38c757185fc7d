// Runs screened user Cypher (access rules, then a proof of bounded work): EXPLAIN must report a read-only plan, then a READ transaction
// with a timeout streams at most `rowLimit` rows.
import type { FastifyInstance } from 'fastify';
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
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), {
      timeout: cypherTimeoutMs,
    });
    if (plan.summary.queryType !== 'r') {
      throw new CypherRefusedError(
        `only read-only queries may run here (the plan is of type "${plan.summary.queryType}")`,
      );
    }
    return await session.executeRead(
      async (tx) => {
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
      },
      { timeout: cypherTimeoutMs },
    );
  } finally {
    await session.close();
  }
}
