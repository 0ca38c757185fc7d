// `caucus db start|stop|status`: the local embedded Neo4j, detached so it outlives the command.
import { resolveConnectionConfig } from '@caucus/graph/neo4j';
import { localDbmsStatus, resolveLocalSettings, startLocalDbms, stopLocalDbms } from '@caucus/neo4j-local';
import { queryServerVersion } from '../server-version.ts';
import { UsageError } from '../usage-error.ts';

export async function runDb(args: string[]): Promise<number> {
  const [action] = args;
  const config = resolveConnectionConfig();
  if (config.external) {
    console.log(`NEO4J_URI is set: Caucus uses ${config.uri} and launches no local Neo4j.`);
    if (action === 'status')
      console.log(`Neo4j ${await queryServerVersion(config)} answers at ${config.uri}.`);
    return 0;
  }
  const settings = resolveLocalSettings();
  switch (action) {
    case 'start': {
      const handle = await startLocalDbms({ settings, attached: false });
      console.log(`Bolt: ${handle.uri}   data: ${settings.dataDir}`);
      console.log('Stop it with: pnpm caucus db stop');
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalDbms(settings);
      console.log(
        stopped ? `Stopped Neo4j (pid ${stopped.pid}).` : `No Neo4j is running for ${settings.dataDir}.`,
      );
      return 0;
    }
    case 'status': {
      const state = localDbmsStatus(settings);
      if (!state) {
        console.log(`Neo4j is not running for ${settings.dataDir}. Start it with: pnpm caucus db start`);
        return 3;
      }
      const version = await queryServerVersion(config);
      console.log(`Neo4j ${version} running at ${config.uri} (pid ${state.pid}, since ${state.startedAt})`);
      console.log(
        `data: ${state.dataDir}${state.attached ? '   (attached to a running `pnpm start` or test run)' : ''}`,
      );
      return 0;
    }
    default:
      throw new UsageError(`db needs start, stop or status, got "${action ?? ''}"`);
  }
}
