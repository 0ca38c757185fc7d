#!/usr/bin/env node
// `pnpm caucus <command>`: one entry point for every command; each lives in commands/.
import { runDb } from './commands/db.ts';
import { runEval } from './commands/eval.ts';
import { runExtract } from './commands/extract.ts';
import { runIngest } from './commands/ingest.ts';
import { runRemove } from './commands/remove.ts';
import { runSetup } from './commands/setup.ts';
import { runStart } from './commands/start.ts';
import { runWatch } from './commands/watch.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `Usage: pnpm caucus <command>

  start                              start Neo4j (unless NEO4J_URI is set), ingest seeds/, serve API + viewer
  setup                              fetch the Neo4j jars once (Maven Central)
  db start|stop|status               manage the local embedded Neo4j
  extract --out DIR FILE_OR_DIR...   write one graph JSON per article (SPEC §2 shape)
  eval --gold DIR --pred DIR         score predicted graphs against gold (SPEC §3)
  ingest FILE_OR_DIR_OR_URL...       extract and write articles (files, PDFs, web pages) into Neo4j
         [--allow-private-urls] [--timeout SECONDS] [--max-bytes N]
  watch FEED_URL... [--every 1h]     ingest the new items of RSS/Atom feeds, once or on a schedule
  remove ARTICLE_ID...               remove an article's evidence and anything left without evidence
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  start: runStart,
  setup: runSetup,
  db: runDb,
  extract: runExtract,
  eval: runEval,
  ingest: runIngest,
  remove: runRemove,
  watch: runWatch,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"`);
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`caucus: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    // Expected failures (bad input, unreachable Neo4j) carry a message meant for people: no stack.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`caucus: ${message}\n`);
    if (process.env.CAUCUS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
