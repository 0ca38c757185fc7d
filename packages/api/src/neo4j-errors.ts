// Tells connection failures (retry later) from query failures (the caller's fault or ours).
import { Neo4jError } from 'neo4j-driver';

const DOWN_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isNeo4jDown(error: unknown): boolean {
  return error instanceof Neo4jError && DOWN_CODES.has(error.code);
}
