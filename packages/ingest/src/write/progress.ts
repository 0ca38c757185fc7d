// Progress of long runs: one updating line on a terminal, plain lines every few seconds otherwise.

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = Date.now();
  let lastPrint = 0;
  const line = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
    return `${label}: ${done}/${total} articles  ${rate.toFixed(1)}/s  ETA ${eta.toFixed(0)}s`;
  };
  return {
    update(done) {
      const now = Date.now();
      if (stream.isTTY) {
        if (now - lastPrint > 100 || done === total) stream.write(`\r${line(done)}\x1b[K`);
      } else if (now - lastPrint > 2000 || done === total) stream.write(`${line(done)}\n`);
      else return;
      lastPrint = now;
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
