// User Cypher passes three layers before any row is read: a static screen of the text
// (comments and string literals removed), EXPLAIN's verdict on the plan, and then a READ
// transaction with a timeout and a row cap. A read transaction alone is not a boundary.

export class CypherRefusedError extends Error {
  override name = 'CypherRefusedError';
  readonly statusCode = 400;
}

/** Procedures a read-only explorer may call. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
]);

const FORBIDDEN: [RegExp, string][] = [
  [/\bload\s+csv\b/i, 'LOAD CSV is not allowed'],
  [/^\s*use\b|\buse\s+[\w.`]+\s/i, 'USE (choosing a database) is not allowed'],
  [/\bshow\b/i, 'SHOW commands are not allowed'],
  [/^\s*(profile|explain)\b/i, 'PROFILE and EXPLAIN are run by the server itself; send the bare query'],
  [/\bin\s+(?:\d+\s+)?(?:concurrent\s+)?transactions\b/i, 'CALL { … } IN TRANSACTIONS is not allowed'],
  [
    /^\s*(create|drop|alter|grant|deny|revoke|start|stop|enable|terminate|rename)\s+(database|user|role|alias|constraint|index|server|composite|privilege|transaction)/i,
    'administration commands are not allowed',
  ],
  [
    /\b(create|merge|delete|detach|set|remove|foreach)\b/i,
    'the query would write; the Cypher console is read-only',
  ],
];

/** The query with comments and string literals blanked, so rules judge only Cypher itself. */
export function stripLiterals(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

export function screenCypher(query: string): void {
  if (query.trim() === '') throw new CypherRefusedError('The query is empty');
  const code = stripLiterals(query);
  if (code.includes(';') && code.trim().replace(/;\s*$/, '').includes(';'))
    throw new CypherRefusedError('Send one statement at a time');
  for (const [pattern, reason] of FORBIDDEN) if (pattern.test(code)) throw new CypherRefusedError(reason);
  for (const match of code.matchAll(/\bcall\s+([\w.`]+)/gi)) {
    const name = (match[1] ?? '').replace(/`/g, '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw new CypherRefusedError(
        `procedure ${match[1]} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`,
      );
    }
  }
}
