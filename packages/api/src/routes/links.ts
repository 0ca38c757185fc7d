// GET /api/links: every way a faction and a candidate are connected, ranked and explained.
import type { FastifyPluginAsync } from 'fastify';
import type { Path } from 'neo4j-driver';
import { PATH_ARTICLES } from '../evidence.ts';
import { readQuery } from '../read-query.ts';
import { requireEntities } from '../require-entities.ts';
import { PATH_SCHEMA } from '../schemas.ts';
import { articlesOf, explainPath } from './path-explain.ts';

/** Each kind of link: how it reads, how much it says, and the pattern that finds it. */
const LINK_KINDS = [
  { kind: 'direct-endorsement', weight: 1.0, pattern: '(f)-[:ENDORSED]->(c)' },
  { kind: 'candidate-belongs', weight: 0.9, pattern: '(c)-[:MEMBER_OF|HOLDS_POSITION]->(f)' },
  {
    kind: 'through-member-or-officer',
    weight: 0.7,
    pattern: '(f)<-[:MEMBER_OF|HOLDS_POSITION]-(:Person)-[:ENDORSED|ALLIED_WITH]-(c)',
  },
  { kind: 'allied-faction-endorsed', weight: 0.6, pattern: '(f)-[:ALLIED_WITH]-(:Entity)-[:ENDORSED]->(c)' },
  {
    kind: 'shared-party',
    weight: 0.5,
    pattern: '(f)<-[:MEMBER_OF|HOLDS_POSITION]-(:Person)-[:MEMBER_OF]->(:Party)<-[:MEMBER_OF]-(c)',
  },
  {
    kind: 'co-endorsed-candidate',
    weight: 0.4,
    pattern: '(f)-[:ENDORSED]->(:Person)<-[:ENDORSED]-(:Entity)-[:ENDORSED]->(c)',
  },
  { kind: 'opposed', weight: 0.3, pattern: '(f)-[:OPPOSES]-(:Entity)-[:ENDORSED]->(c)' },
] as const;

export const linkRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { faction: string; candidate: string } }>(
    '/links',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['faction', 'candidate'],
          properties: {
            faction: { type: 'string', minLength: 1 },
            candidate: { type: 'string', minLength: 1 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              links: {
                type: 'array',
                items: {
                  ...PATH_SCHEMA,
                  properties: {
                    ...PATH_SCHEMA.properties,
                    kind: { type: 'string' },
                    score: { type: 'number' },
                    sentence: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const { faction, candidate } = request.query;
      await requireEntities(app, { faction, candidate });
      // The patterns are fixed texts from LINK_KINDS; the ids travel as parameters.
      const union = LINK_KINDS.map(
        (k) => `MATCH (f:Entity {key: $faction}), (c:Entity {key: $candidate}) MATCH p = ${k.pattern}
                WITH p LIMIT 25 RETURN '${k.kind}' AS kind, ${k.weight} AS weight, p`,
      ).join(' UNION ALL ');
      const records = await readQuery(
        app,
        `CALL { ${union} } WITH kind, weight, p WHERE p IS NOT NULL
        RETURN kind, weight, p, ${PATH_ARTICLES} AS articles`,
        {
          faction,
          candidate,
        },
      );
      const links = records.map((r) => {
        const explained = explainPath(r.get('p') as Path, articlesOf(r));
        const support = explained.edges.reduce((n, e) => n + e.evidence.length, 0);
        // Shorter, better-attested links rank first.
        const score =
          (Number(r.get('weight')) * (1 + Math.log1p(support) / 10)) / explained.edges.length ** 0.5;
        return { kind: r.get('kind') as string, score: Math.round(score * 1000) / 1000, ...explained };
      });
      if (links.length === 0) {
        const [fallback] = await readQuery(
          app,
          `MATCH (f:Entity {key: $faction}), (c:Entity {key: $candidate})
           MATCH p = shortestPath((f)-[*..5]-(c)) WHERE all(n IN nodes(p) WHERE n:Entity)
           RETURN p, ${PATH_ARTICLES} AS articles`,
          { faction, candidate },
        );
        if (fallback)
          links.push({
            kind: 'other-path',
            score: 0.1,
            ...explainPath(fallback.get('p') as Path, articlesOf(fallback)),
          });
      }
      links.sort((a, b) => b.score - a.score || a.edges.length - b.edges.length);
      return { links };
    },
  );
};
