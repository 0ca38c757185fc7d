// GET /api/stats: node counts by label and relationship counts by type.
import type { FastifyPluginAsync } from 'fastify';

const countSchema = { type: 'object', additionalProperties: { type: 'integer' } };

export const statsRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/stats',
    {
      schema: {
        response: { 200: { type: 'object', properties: { labels: countSchema, relations: countSchema } } },
      },
    },
    async () => {
      const { driver, database } = app.graph;
      const labels = await driver.executeQuery(
        'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count',
        {},
        { database, routing: 'READ' },
      );
      const relations = await driver.executeQuery(
        'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count',
        {},
        { database, routing: 'READ' },
      );
      return {
        labels: Object.fromEntries(labels.records.map((r) => [r.get('label'), r.get('count')])),
        relations: Object.fromEntries(relations.records.map((r) => [r.get('type'), r.get('count')])),
      };
    },
  );
};
