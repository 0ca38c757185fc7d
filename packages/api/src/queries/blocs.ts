// GET /api/blocs: the blocs of one union (or all) over a span, each with its members and the
// evidence of the strongest ties that hold it together.
import type { FastifyInstance } from 'fastify';
import type { AllianceNode, TieKind } from '../analysis/alliance-graph.ts';
import { findBlocs } from '../analysis/blocs.ts';
import { type AllianceScope, loadAllianceGraph } from './alliance-ties.ts';
import { type RelationEvidence, relationEvidence } from './relation-evidence.ts';

export interface BlocTieReport {
  source: AllianceNode;
  target: AllianceNode;
  weight: number;
  reasons: {
    kind: TieKind;
    weight: number;
    via: AllianceNode | null;
    relations: RelationEvidence[];
  }[];
}

export interface BlocReport {
  id: number;
  name: string;
  namedAfter: AllianceNode;
  size: number;
  weight: number;
  members: (AllianceNode & { strength: number })[];
  ties: BlocTieReport[];
}

export interface BlocsReply {
  scope: AllianceScope & { unions: string[] | null };
  nodeCount: number;
  tieCount: number;
  modularity: number;
  blocs: BlocReport[];
}

export async function computeBlocs(
  app: FastifyInstance,
  scope: AllianceScope,
  options: { ties?: number; seed?: number } = {},
): Promise<BlocsReply> {
  const { graph, unions } = await loadAllianceGraph(app, scope);
  const found = findBlocs(graph, { ties: options.ties ?? 5, seed: options.seed ?? 1 });
  const ids = found.blocs.flatMap((b) =>
    b.ties.flatMap((t) => t.reasons.slice(0, 3).flatMap((r) => r.relations)),
  );
  const evidence = await relationEvidence(app, ids, scope);
  const node = (key: string) => graph.getNodeAttributes(key);
  return {
    scope: { ...scope, unions },
    nodeCount: graph.order,
    tieCount: graph.size,
    modularity: Math.round(found.modularity * 1000) / 1000,
    blocs: found.blocs.map((b) => ({
      id: b.id,
      name: b.name,
      namedAfter: node(b.namedAfter),
      size: b.members.length,
      weight: b.weight,
      members: b.members,
      ties: b.ties.map((t) => ({
        source: node(t.source),
        target: node(t.target),
        weight: t.weight,
        reasons: t.reasons.slice(0, 3).map((r) => ({
          kind: r.kind,
          weight: r.weight,
          via: r.via ? node(r.via) : null,
          relations: r.relations.flatMap((id) => evidence.get(id) ?? []),
        })),
      })),
    })),
  };
}
