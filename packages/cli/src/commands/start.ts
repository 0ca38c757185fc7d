// `pnpm start`: the main job. Neo4j, schema, seeds, then API + viewer on one port until Ctrl-C.
import { createApp, resolveServerSettings } from '@caucus/api';
import { openDatabase } from '@caucus/neo4j-local';
import { VIEWER_DIST } from '../paths.ts';
import { ingestSeeds } from '../seed-ingest.ts';

export async function runStart(_args: string[]): Promise<number> {
  const server = resolveServerSettings();
  // Supervised: a local Neo4j that dies is started again on the same data.
  const db = await openDatabase({ supervise: true });
  const app = await createApp({
    driver: db.driver,
    database: db.config.database,
    neo4jUri: db.config.uri,
    ...(db.dbmsStatus ? { dbmsStatus: db.dbmsStatus } : {}),
    settings: server,
    viewerDir: VIEWER_DIST,
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down (finishing requests, closing Neo4j)...`);
    await app.close();
    await db.close();
    console.log('Stopped.');
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await ingestSeeds(db.driver, db.config.database);
    await app.listen({ host: server.host, port: server.port });
  } catch (err) {
    await shutdown('error');
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : server.port;
  console.log(`Caucus is serving the API and viewer at http://${server.host}:${port}/  (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => app.server.once('close', resolve));
  return 0;
}
