// `pnpm start` as a child process (node itself, so signals reach it), with its output kept.
import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from './paths.ts';

export interface StartedProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

export async function startCaucus(env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<StartedProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (c: Buffer) => {
    out += c.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), timeoutMs);
    const look = () => {
      const m = /serving the API and viewer at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve((m[1] as string).replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm start exited (${code}): ${out}`));
    });
  });
  return {
    child,
    url,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
