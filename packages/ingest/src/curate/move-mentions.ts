// The one graph surgery curations need: the mentions of an entity in some articles (or in all of
// them), with the evidence those articles give for its relations, move to another entity. A split
// moves some articles, a merge or a retype moves all. Idempotent: nothing left to move, no change.
import { ENTITY_TYPES, type EntityType, RELATION_TYPES } from '@caucus/graph';
import { deleteEntity, matchEvidence, relationSummary, SET_RELATION_SUMMARY } from '@caucus/graph/neo4j';
import type { ManagedTransaction } from 'neo4j-driver';
import { REFRESH_NAMES } from '../write/graph-writer.ts';

export interface MoveTarget {
  key: string;
  type: EntityType;
  /** The name a new target node gets (an existing one keeps its own). */
  name: string;
}

/**
 * Moves edges of one type and one direction: the :Evidence nodes of the moved articles go to the
 * target's edge (joining that edge's node for the same article, if it has one), and both edges
 * are summed up again. Labels and types come from the closed ontology.
 */
function moveEdgesQuery(type: string, out: boolean): string {
  const pattern = out ? '(f)-[r:TYPE]->(o:Entity)' : '(o:Entity)-[r:TYPE]->(f)';
  const merged = out ? '(t)-[n:TYPE]->(o)' : '(o)-[n:TYPE]->(t)';
  return `
    MATCH (f:Entity {key: $from}) MATCH ${pattern}
    MATCH (t:Entity {key: $to})
    WITH r, o, t, COLLECT { ${matchEvidence('ev', 'r')} AND ($all OR ev.article IN $articles)
                            RETURN ev ORDER BY ev.seq } AS moving
    WHERE size(moving) > 0
    CALL (r, o, t, moving) {
      // An edge to itself is not kept: its evidence goes with the mentions it stood on.
      WITH r, o, t, moving WHERE o = t
      UNWIND moving AS ev
      DELETE ev
    }
    CALL (r, o, t, moving) {
      WITH r, o, t, moving WHERE o <> t
      MERGE ${merged}
      ON CREATE SET n = properties(r), n.id = randomUUID(), n.evidenceSeq = 0
      WITH n, moving, n.evidenceSeq AS next
      SET n.evidenceSeq = next + size(moving)
      WITH n, moving, next
      UNWIND range(0, size(moving) - 1) AS i
      WITH n, moving[i] AS ev, next + i AS seq
      OPTIONAL MATCH (same:Evidence {id: n.id + '|' + ev.article})
      CALL (n, ev, same, seq) {
        WITH n, ev, seq WHERE same IS NULL
        SET ev.id = n.id + '|' + ev.article, ev.edge = n.id, ev.seq = seq
      }
      CALL (ev, same) {
        WITH ev, same WHERE same IS NOT NULL
        SET same.pieces = same.pieces + ev.pieces, same.voices = same.voices + ev.voices,
            same.partisan = same.partisan + ev.partisan
        DELETE ev
      }
      WITH DISTINCT n
      ${relationSummary('n')}
    }
    ${SET_RELATION_SUMMARY}
    WITH r WHERE r.articleCount = 0
    DELETE r`.replaceAll('TYPE', type);
}

const MOVE_QUERIES = new Map<string, string>(
  RELATION_TYPES.flatMap((type): [string, string][] => [
    [`${type}|out`, moveEdgesQuery(type, true)],
    [`${type}|in`, moveEdgesQuery(type, false)],
  ]),
);

/** Creates the target when it is new; its label is one of the ontology's (never from input). */
async function ensureTarget(tx: ManagedTransaction, target: MoveTarget, from: string): Promise<void> {
  if (!ENTITY_TYPES.includes(target.type)) throw new Error(`"${target.type}" is not an entity type`);
  await tx.run(
    `MATCH (f:Entity {key: $from})
     MERGE (t:Entity:${target.type} {key: $key})
     ON CREATE SET t.name = $name, t.type = $type, t.scope = f.scope, t.aliases = [], t.nameKeys = [], t.articleCount = 0`,
    { from, key: target.key, name: target.name, type: target.type },
  );
}

/**
 * Moves `from`'s mentions in `articles` (all when null) to `target`. Each moved MENTIONS edge
 * says which curation moved it, and keeps the resolution it had.
 */
export async function moveMentions(
  tx: ManagedTransaction,
  from: string,
  target: MoveTarget,
  articles: string[] | null,
  curation: { id: string; kind: string },
): Promise<number> {
  if (from === target.key) return 0;
  const params = { from, to: target.key, all: articles === null, articles: articles ?? [] };
  const pending = await tx.run(
    `MATCH (a:Article)-[m:MENTIONS]->(:Entity {key: $from}) WHERE $all OR a.id IN $articles RETURN count(m) AS n`,
    params,
  );
  const count = Number(pending.records[0]?.get('n') ?? 0);
  if (count === 0) return 0;
  await ensureTarget(tx, target, from);
  // Only the types and directions the entity has: a query per kind of edge it carries.
  const kinds = await tx.run(
    `MATCH (f:Entity {key: $from})-[r]-(:Entity)
     RETURN DISTINCT type(r) + CASE WHEN startNode(r) = f THEN '|out' ELSE '|in' END AS kind`,
    params,
  );
  for (const kind of kinds.records.map((r) => String(r.get('kind')))) {
    const query = MOVE_QUERIES.get(kind);
    if (query) await tx.run(query, params);
  }
  await tx.run(
    `MATCH (a:Article)-[m:MENTIONS]->(f:Entity {key: $from}) WHERE $all OR a.id IN $articles
     MATCH (t:Entity {key: $to})
     MERGE (a)-[n:MENTIONS]->(t)
     ON CREATE SET n = properties(m), n.names = [], n.nameKeys = [], n.spans = [], n.provenance = [], n.count = 0
     SET n.names = n.names + [x IN m.names WHERE NOT x IN n.names],
         n.nameKeys = n.nameKeys + [x IN m.nameKeys WHERE NOT x IN n.nameKeys],
         n.spans = n.spans + m.spans, n.count = n.count + m.count,
         n.provenance = n.provenance + coalesce(m.provenance, []),
         n.originalResolvedBy = coalesce(m.originalResolvedBy, m.resolvedBy),
         n.resolvedBy = 'curation:' + $kind, n.curation = $curation
     DELETE m`,
    { ...params, kind: curation.kind, curation: curation.id },
  );
  // Whatever is left without mentions is gone; names are recomputed from what the articles said.
  await tx.run(`MATCH (f:Entity {key: $from}) WHERE NOT (f)<-[:MENTIONS]-() ${deleteEntity('f')}`, params);
  await tx.run(REFRESH_NAMES, { keys: [from, target.key] });
  return count;
}
