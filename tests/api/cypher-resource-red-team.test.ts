// User Cypher that would exhaust Neo4j inside one expression: each is refused before it runs,
// with a message naming the construct, and the service answers right after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ask from '../../packages/api/src/queries/ask.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const doublings = (n: number) => `WITH 'x' AS s ${'WITH s + s AS s '.repeat(n)}RETURN size(s) AS n`;

/** [name, query, what the refusal must mention] */
const RESOURCE_ATTACKS: [string, string, RegExp][] = [
  [
    'string doubling in reduce (the OOM of the issue)',
    "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS big",
    /reduce\(s = 'x'.*accumulator s 2 times/,
  ],
  [
    'a 50-million range in reduce (the runaway of the issue)',
    "RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x') AS big",
    /range\(1, 50000000\).*5\.0e7 elements/,
  ],
  [
    'list doubling in reduce',
    'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS big',
    /l \+ l|accumulator l/,
  ],
  [
    'doubling hidden in a comprehension over the accumulator',
    'RETURN size(reduce(l = [1], i IN range(1, 40) | l + [x IN l | x])) AS big',
    /accumulator l 2 times/,
  ],
  [
    'tripling through a list of the accumulator',
    "RETURN size(reduce(s = 'ab', i IN range(1, 30) | s + s + s)) AS big",
    /3 times/,
  ],
  ['doubling across WITH clauses', doublings(30), /s \+ s.*could build a value/],
  [
    'nested reduce building a big string',
    "RETURN size(reduce(s = '', i IN range(1, 10000) | s + reduce(t = '', j IN range(1, 10000) | t + 'x'))) AS big",
    /could build a value|could take/,
  ],
  [
    'nested list comprehensions over large ranges',
    'RETURN size([x IN range(1, 10000) | [y IN range(1, 10000) | x * y]]) AS big',
    /\[x IN range\(1, 10000\)/,
  ],
  [
    'three nested comprehensions over small ranges',
    'RETURN size([a IN range(1, 1000) | [b IN range(1, 1000) | [c IN range(1, 1000) | a]]]) AS big',
    /could build a value|could take/,
  ],
  [
    'cartesian product over collected lists',
    'MATCH (n) WITH collect(n) AS a, collect(n) AS b RETURN size([x IN a | [y IN b | [x, y]]]) AS big',
    /\[x IN a \| \[y IN b/,
  ],
  [
    'quadratic search over collected lists',
    'MATCH (n) WITH collect(n) AS a, collect(n) AS b RETURN size([x IN a WHERE any(y IN b WHERE y = x)]) AS big',
    /could take .* steps/,
  ],
  [
    'nested pattern comprehensions',
    'MATCH (n) RETURN size([(n)--(m) | [(m)--(o) | [(o)--(p) | p.name]]]) AS big',
    /could build a value|could take/,
  ],
  [
    'range with a bound computed at run time',
    'MATCH (n) RETURN size(range(1, n.evidenceCount * 100000000)) AS big',
    /range\(\) needs integer bounds/,
  ],
  ['range with a huge parameter', 'RETURN size(range(1, $n)) AS big', /range\(1, \$n\)/],
  ['range with a zero step', 'RETURN size(range(1, 10, 0)) AS big', /step of 0/],
  [
    'replace() blowing up a string',
    `RETURN size(replace(replace(replace('${'x'.repeat(100)}', 'x', '${'x'.repeat(100)}'), 'x', '${'x'.repeat(100)}'), 'x', 'xx')) AS big`,
    /could build a value/,
  ],
  ['unbounded variable-length path', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n', /needs an upper bound/],
  [
    'open-ended variable-length path',
    'MATCH p = (a)-[*2..]-(b) RETURN count(p) AS n',
    /needs an upper bound/,
  ],
  ['deep variable-length path', 'MATCH p = (a)-[*1..25]-(b) RETURN count(p) AS n', /25 hops/],
  [
    'unbounded shortest path',
    'MATCH (a:Person), (b:Person) MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p) AS n',
    /needs an upper bound/,
  ],
  ['unbounded quantified path', 'MATCH (a)(()--())+(b) RETURN count(*) AS n', /quantified path/],
  ['open quantified path', 'MATCH (a)(()--()){2,}(b) RETURN count(*) AS n', /quantified path/],
  [
    'doubling inside a COLLECT subquery',
    "RETURN COLLECT { RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS s } AS big",
    /accumulator s 2 times/,
  ],
  [
    'absurd nesting',
    `RETURN ${'['.repeat(4000)}1${']'.repeat(4000)} AS deep`,
    /nested too deeply|too complex/,
  ],
];

/** Queries people need, which must keep running. */
const ORDINARY: [string, string, Record<string, unknown>][] = [
  ['small range', 'RETURN range(1, 10) AS r', {}],
  ['range of 10 000 rows', 'UNWIND range(1, 10000) AS i RETURN sum(i) AS total', {}],
  ['range with parameter bounds', 'UNWIND range(1, $n) AS i RETURN count(i) AS c', { n: 100 }],
  ['small reduce', 'RETURN reduce(t = 0, i IN range(1, 100) | t + i) AS total', {}],
  [
    'reduce building a string once per step',
    "RETURN size(reduce(s = '', i IN range(1, 1000) | s + 'x')) AS n",
    {},
  ],
  [
    'comprehension over collected nodes',
    'MATCH (p:Person) WITH collect(p) AS ps RETURN [x IN ps | x.name][0..3] AS names',
    {},
  ],
  ['small nested comprehension', 'RETURN size([x IN range(1, 100) | [y IN range(1, 100) | x * y]]) AS n', {}],
  ['aggregation', 'MATCH (n:Entity) RETURN n.type AS type, count(*) AS n ORDER BY n DESC', {}],
  ['bounded variable-length path', 'MATCH p = (f:Faction)-[*1..3]-(x) RETURN count(p) AS n', {}],
  [
    'bounded shortest path',
    'MATCH (a:Faction), (b:Person) MATCH p = shortestPath((a)-[*..5]-(b)) RETURN count(p) AS n',
    {},
  ],
  ['bounded quantified path', 'MATCH (a:Faction)(()-[:ENDORSED]->()){1,2}(b) RETURN count(*) AS n', {}],
  [
    'pattern comprehension',
    'MATCH (f:Faction) RETURN f.name AS f, [(f)-[:ENDORSED]->(p) | p.name] AS backed',
    {},
  ],
  [
    'existential subquery',
    'MATCH (p:Person) WHERE EXISTS { (p)<-[:ENDORSED]-(:Faction) } RETURN count(p) AS n',
    {},
  ],
];

describe('Cypher console: bounded work', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { cypherTimeoutMs: 5000, cypherRowLimit: 100 } });
  });
  afterAll(() => server.close());

  it.each(RESOURCE_ATTACKS)('refuses %s, naming the construct', async (_name, query, mentions) => {
    const started = Date.now();
    const res = await server.post('/api/cypher', { query, params: { n: 100_000_000 } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(mentions);
    expect((await server.get('/api/health')).status).toBe(200);
  });

  it.each(ORDINARY)('still runs %s', async (_name, query, params) => {
    const res = await server.post('/api/cypher', { query, params });
    expect(res.body.message).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
  });

  it('runs every question template as the console would', async () => {
    const templates = [
      ask.WHO_ENDORSED,
      ask.BACKED_IN_YEAR,
      ask.STOOD_IN_ELECTION,
      ask.BACKED_THE_WINNER,
      ask.BACKED_BY_BOTH,
      ask.WHAT_CHANGED,
      ask.HOW_LINKED,
    ];
    const params = { candidate: 'x', backer: 'x', year: '2019', election: 'x', first: 'x', second: 'x' };
    for (const query of templates) {
      const res = await server.post('/api/cypher', {
        query,
        params: { ...params, types: null, entity: 'x', since: null, faction: 'x' },
      });
      expect(res.body.message).toBeUndefined();
      expect(res.status).toBe(200);
    }
  });
});
