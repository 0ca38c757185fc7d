// Latency percentiles and throughput of API endpoints under concurrent clients on loopback.
// Every run is bounded in requests and in time.

export interface LoadFigures {
  endpoint: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function loadEndpoint(
  name: string,
  makeRequest: (i: number) => Promise<Response>,
  options: { clients: number; requests: number; maxSeconds: number },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + options.maxSeconds * 1000;
  const started = performance.now();
  const client = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      try {
        const res = await makeRequest(i);
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    endpoint: name,
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / seconds,
  };
}
