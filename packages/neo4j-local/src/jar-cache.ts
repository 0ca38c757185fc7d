// Resolves the Neo4j jars from Maven Central once, into a cache outside the repository,
// and compiles the small launcher class against them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JAVA_SOURCE_DIR, type LocalDbmsSettings } from './local-settings.ts';

export interface Neo4jRuntime {
  libDir: string;
  classDir: string;
}

const LAUNCHER_SOURCE = path.join(JAVA_SOURCE_DIR, 'CaucusNeo4j.java');

export function runtimePaths(s: LocalDbmsSettings): Neo4jRuntime & { root: string; marker: string } {
  const root = path.join(s.cacheDir, `neo4j-${s.version}`);
  // Keyed by the launcher's source, so an edited launcher is recompiled and never run stale.
  const sourceHash = createHash('sha256').update(readFileSync(LAUNCHER_SOURCE)).digest('hex').slice(0, 12);
  return {
    root,
    libDir: path.join(root, 'lib'),
    classDir: path.join(root, `launcher-${sourceHash}`),
    marker: path.join(root, 'lib.complete'),
  };
}

function run(cmd: string, args: string[], what: string): void {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error) {
    throw new Error(`${what} failed: cannot run \`${cmd}\` (${result.error.message}); install it and retry`);
  }
  if (result.status !== 0) {
    const out = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${what} failed (exit ${result.status}):\n${out}`);
  }
}

export function ensureNeo4jRuntime(
  s: LocalDbmsSettings,
  log: (line: string) => void = console.log,
): Neo4jRuntime {
  const paths = runtimePaths(s);
  if (!existsSync(paths.marker)) fetchJars(s, paths, log);
  if (!existsSync(path.join(paths.classDir, 'CaucusNeo4j.class'))) {
    const tmpClasses = `${paths.classDir}.partial-${process.pid}`;
    run(
      'javac',
      ['-cp', `${paths.libDir}/*`, '-d', tmpClasses, LAUNCHER_SOURCE],
      'Compiling the Neo4j launcher',
    );
    rmSync(paths.classDir, { recursive: true, force: true });
    renameSync(tmpClasses, paths.classDir);
  }
  return paths;
}

function fetchJars(
  s: LocalDbmsSettings,
  paths: ReturnType<typeof runtimePaths>,
  log: (line: string) => void,
): void {
  mkdirSync(paths.root, { recursive: true });
  // Resolve into a temporary folder and rename: an interrupted download never looks complete.
  const tmpLib = `${paths.libDir}.partial-${process.pid}`;
  rmSync(tmpLib, { recursive: true, force: true });
  log(`Fetching Neo4j ${s.version} Community from Maven Central into ${paths.root} (once, ~120 MB)...`);
  run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      path.join(JAVA_SOURCE_DIR, 'pom.xml'),
      `-Dneo4j.version=${s.version}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmpLib}`,
    ],
    `Resolving org.neo4j:neo4j:${s.version} with Maven`,
  );
  const jars = readdirSync(tmpLib).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`neo4j-bolt-${s.version}`))) {
    throw new Error(`Maven resolved ${jars.length} jars but not neo4j-bolt-${s.version}.jar into ${tmpLib}`);
  }
  rmSync(paths.libDir, { recursive: true, force: true });
  renameSync(tmpLib, paths.libDir);
  writeFileSync(paths.marker, `${new Date().toISOString()}\n`);
  log(`Neo4j ${s.version}: ${jars.length} jars ready.`);
}
