// Run as a child process by the lifecycle test: starts an attached DBMS, prints its pid, waits to be killed.
import { resolveLocalSettings, startLocalDbms } from '@caucus/neo4j-local';

const handle = await startLocalDbms({ settings: resolveLocalSettings(), attached: true, log: () => {} });
process.stdout.write(`JVM ${handle.state.pid}\n`);
setInterval(() => {}, 1 << 30);
