// Where the graph lives: an external server when NEO4J_URI is set, else the local embedded DBMS.

export const DEFAULT_BOLT_PORT = 7687;

export interface Neo4jConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** True when NEO4J_URI names a server we must use and never launch. */
  external: boolean;
}

export function resolveBoltPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CAUCUS_NEO4J_PORT;
  if (raw === undefined || raw === '') return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`CAUCUS_NEO4J_PORT must be a port number 1-65535, got "${raw}"`);
  }
  return port;
}

export function resolveConnectionConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConnectionConfig {
  const uri = env.NEO4J_URI;
  if (uri) {
    return {
      uri,
      username: env.NEO4J_USERNAME ?? env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      external: true,
    };
  }
  // The embedded DBMS runs with auth disabled on loopback only; any credentials are accepted.
  return {
    uri: `bolt://127.0.0.1:${resolveBoltPort(env)}`,
    username: 'neo4j',
    password: 'neo4j',
    database: undefined,
    external: false,
  };
}
