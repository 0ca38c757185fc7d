// User Cypher: at least 40 attacks, each refused, capped or terminated, with the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphSnapshot, snapshot } from '../support/test-graph.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const ATTACKS: [string, string][] = [
  ['create a node', 'CREATE (:Hacked {at: 1})'],
  ['merge a node', 'MERGE (n:Hacked {x: 1}) RETURN n'],
  ['delete everything', 'MATCH (n) DETACH DELETE n'],
  ['delete a relationship', 'MATCH ()-[r:ENDORSED]->() DELETE r'],
  ['set a property', "MATCH (n:Person) SET n.name = 'x'"],
  ['remove a label', 'MATCH (n:Person) REMOVE n:Person'],
  ['remove a property', 'MATCH (n:Person) REMOVE n.name'],
  ['foreach write', 'MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = true)'],
  ['write after read', 'MATCH (n) WITH n LIMIT 1 CREATE (n)-[:OWNS]->(:Hacked)'],
  ['write in a subquery', 'CALL { CREATE (:Hacked) } RETURN 1'],
  ['lower-case write', 'match (n) set n.x = 1'],
  ['write hidden by a comment', 'MATCH (n) /* harmless */ DETACH DELETE n'],
  ['write split across lines', 'MATCH (n)\nDETACH\nDELETE n'],
  ['two statements', 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n'],
  ['load csv from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['load csv from loopback', "LOAD CSV FROM 'http://127.0.0.1:3000/api/health' AS line RETURN line"],
  ['load csv with headers', "LOAD CSV WITH HEADERS FROM 'file:///etc/hosts' AS row RETURN row"],
  ['use system', 'USE system SHOW USERS'],
  ['use another database', 'USE neo4j MATCH (n) RETURN n'],
  ['show users', 'SHOW USERS'],
  ['show databases', 'SHOW DATABASES'],
  ['show procedures', 'SHOW PROCEDURES'],
  ['show transactions', 'SHOW TRANSACTIONS'],
  ['terminate transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['create user', "CREATE USER eve SET PASSWORD 'secret123'"],
  ['drop database', 'DROP DATABASE neo4j'],
  ['create index', 'CREATE INDEX hacked FOR (n:Person) ON (n.hacked)'],
  ['drop constraint', 'DROP CONSTRAINT person_key'],
  ['grant role', 'GRANT ROLE admin TO eve'],
  ['dbms procedure', 'CALL dbms.listConfig()'],
  ['dbms components', 'CALL dbms.components()'],
  ['dbms kill', "CALL dbms.killQuery('query-1')"],
  ['db create label', "CALL db.createLabel('Hacked')"],
  ['db clear cache', 'CALL db.clearQueryCaches()'],
  ['backticked procedure', 'CALL `dbms`.`listConfig`()'],
  ['apoc', "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})"],
  ['in transactions', 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS'],
  ['profile', 'PROFILE MATCH (n) RETURN n'],
  ['explain prefix', 'EXPLAIN MATCH (n) RETURN n'],
  [
    'procedure hidden in a string trick',
    "RETURN 'x' AS a UNION CALL dbms.listConfig() YIELD name RETURN name AS a",
  ],
  ['empty query', '   '],
  ['malformed cypher', 'MATCH (n RETURN'],
  ['parameter injection attempt', 'MATCH (n:Person) WHERE n.name = $name RETURN n'],
];

describe('Cypher console safety', () => {
  let server: TestServer;
  let before: GraphSnapshot;
  beforeAll(async () => {
    server = await startTestServer({ settings: { cypherTimeoutMs: 2000, cypherRowLimit: 50 } });
    before = await snapshot(server.driver);
  });
  afterAll(() => server.close());

  it('has a red-team list of at least 40 attacks', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ATTACKS)('refuses or contains: %s', async (_name, query) => {
    const params = query.includes('$name') ? { name: "x' OR 1=1 DETACH DELETE n //" } : {};
    const res = await server.post('/api/cypher', { query, params });
    if (res.status === 200) {
      // Only the parameter case may run: values are data, never Cypher.
      expect(query).toContain('$name');
      expect(res.body.rows).toEqual([]);
    } else {
      expect([400, 408]).toContain(res.status);
      expect(typeof res.body.message).toBe('string');
    }
  });

  it('terminates a cartesian product at the timeout', async () => {
    const started = Date.now();
    const res = await server.post('/api/cypher', {
      query:
        'MATCH (a), (b), (c), (d), (e) WITH a, b, c, d, e WHERE a.name + b.name + c.name + d.name + e.name = "zz" RETURN count(*)',
    });
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('caps rows and says so', async () => {
    const res = await server.post('/api/cypher', { query: 'UNWIND range(1, 10000) AS i RETURN i' });
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(50);
    expect(res.body.truncated).toBe(true);
  });

  it('refuses oversized and malformed bodies', async () => {
    const huge = await server.post('/api/cypher', { query: `RETURN '${'x'.repeat(3 * 1024 * 1024)}'` });
    expect(huge.status).toBe(413);
    expect((await server.post('/api/cypher', '{"query": ')).status).toBe(400);
    expect((await server.post('/api/cypher', { nope: 1 })).status).toBe(400);
    expect((await server.post('/api/cypher', { query: 'RETURN 1', extra: true })).status).toBe(400);
  });

  it('answers read queries with columns, rows, and the nodes and relationships in them', async () => {
    const res = await server.post('/api/cypher', {
      query:
        'MATCH (f:Faction)-[r:ENDORSED]->(p:Person) RETURN f.name AS faction, f, r, p ORDER BY faction LIMIT $n',
      params: { n: 10 },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['faction', 'f', 'r', 'p']);
    expect(res.body.rows.length).toBe(4);
    expect(res.body.graph.edges.length).toBe(4);
    expect(res.body.graph.nodes.length).toBeGreaterThanOrEqual(2);
    const schema = await server.post('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label' });
    expect(schema.status).toBe(200);
  });

  it('left the graph exactly as it was', async () => {
    expect(await snapshot(server.driver)).toEqual(before);
  });
});
