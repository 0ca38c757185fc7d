import { ENTITY_TYPES } from '@caucus/graph';
import { applySchema, createDriver, resolveConnectionConfig, schemaStatements } from '@caucus/graph/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4jEnv } from '../support/test-env.ts';

async function schemaSnapshot(driver: Driver) {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name',
  );
  return {
    constraints: constraints.records.map((r) => r.toObject()),
    indexes: indexes.records.map((r) => r.toObject()),
  };
}

describe('graph schema', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = createDriver(resolveConnectionConfig(testNeo4jEnv()));
  });
  afterAll(() => driver.close());

  it('has a uniqueness constraint on the key of every entity label and on Article.id', async () => {
    await applySchema(driver);
    const { constraints } = await schemaSnapshot(driver);
    for (const label of ENTITY_TYPES) {
      expect(constraints).toContainEqual(
        expect.objectContaining({ labelsOrTypes: [label], properties: ['key'] }),
      );
    }
    expect(constraints).toContainEqual(
      expect.objectContaining({ labelsOrTypes: ['Article'], properties: ['id'] }),
    );
  });

  it('has an online full-text index over names and aliases', async () => {
    const { indexes } = await schemaSnapshot(driver);
    expect(indexes).toContainEqual({ name: 'entity_names', type: 'FULLTEXT', state: 'ONLINE' });
  });

  it('changes nothing when applied twice', async () => {
    const before = await schemaSnapshot(driver);
    await applySchema(driver);
    await applySchema(driver);
    expect(await schemaSnapshot(driver)).toEqual(before);
    expect(before.constraints.length).toBeGreaterThanOrEqual(ENTITY_TYPES.length + 1);
    expect(schemaStatements().every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });
});
