// Neo4j values → plain JSON: integers as numbers, temporal values as ISO strings, graph values
// as objects; so every response serialises the same way.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return String(value);
  }
  if (isPoint(value)) return { ...(value as object) };
  if (isNode(value))
    return { kind: 'node', id: value.elementId, labels: value.labels, properties: toJson(value.properties) };
  if (isRelationship(value)) {
    return {
      kind: 'relationship',
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toJson(value.properties),
    };
  }
  if (isPath(value))
    return {
      kind: 'path',
      segments: value.segments.map((s) => toJson(s.relationship)),
      start: toJson(value.start),
    };
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJson(v)]),
    );
  return value;
}
