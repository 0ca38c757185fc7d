// Every read the API makes: a READ transaction, routed to readers, with a timeout.
import type { FastifyInstance } from 'fastify';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

/** JSON has one number type; Cypher needs integers for LIMIT, SKIP and ranges. */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown =>
    typeof v === 'number' && Number.isSafeInteger(v)
      ? neo4j.int(v)
      : Array.isArray(v)
        ? v.map(convert)
        : v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]))
          : v;
  return convert(params) as Record<string, unknown>;
}

export async function readQuery(
  app: FastifyInstance,
  cypher: string,
  params: Record<string, unknown> = {},
  timeoutMs = 10_000,
): Promise<Neo4jRecord[]> {
  const session = app.graph.driver.session({ database: app.graph.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher, cypherParams(params))).records, {
      timeout: timeoutMs,
    });
  } finally {
    await session.close();
  }
}
