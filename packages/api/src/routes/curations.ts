// Curations: corrections kept in Neo4j and re-applied after every ingest. GET lists them (an
// entity's history with ?entity=); each POST needs the bearer token and records who and why.
import { randomUUID } from 'node:crypto';
import {
  type CurationKind,
  type CurationPayloads,
  ENTITY_TYPES,
  normaliseName,
  RELATION_TYPES,
} from '@caucus/graph';
import { curate, listCurations, undoCuration } from '@caucus/ingest';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { allowWrite } from '../auth/bearer-token.ts';
import { invalidateReadCache } from '../read-cache.ts';
import { readQuery } from '../read-query.ts';

const KEY = { type: 'string', minLength: 1, maxLength: 400 } as const;
const WHO_WHY = {
  who: { type: 'string', minLength: 1, maxLength: 120, description: 'who makes the correction' },
  why: { type: 'string', minLength: 1, maxLength: 2000, description: 'why: what the sources say' },
} as const;

export const CURATION_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    payload: { type: 'object', additionalProperties: true },
    who: { type: 'string' },
    why: { type: 'string' },
    at: { type: 'string' },
    undone: { type: 'boolean' },
    undoneAt: { type: ['string', 'null'] },
    undoneBy: { type: ['string', 'null'] },
  },
} as const;

const BODIES: Record<CurationKind, { required: string[]; properties: Record<string, unknown> }> = {
  split: {
    required: ['entity', 'articles', 'name'],
    properties: {
      entity: KEY,
      articles: {
        type: 'array',
        minItems: 1,
        maxItems: 1000,
        items: { type: 'string', pattern: '^[0-9a-f]{16}$' },
      },
      name: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  merge: { required: ['from', 'into'], properties: { from: KEY, into: KEY } },
  rename: {
    required: ['entity', 'name'],
    properties: { entity: KEY, name: { type: 'string', minLength: 1, maxLength: 200 } },
  },
  retype: {
    required: ['entity', 'type'],
    properties: { entity: KEY, type: { type: 'string', enum: [...ENTITY_TYPES] } },
  },
  'reject-relation': {
    required: ['type', 'source', 'target'],
    properties: { type: { type: 'string', enum: [...RELATION_TYPES] }, source: KEY, target: KEY },
  },
};

const badRequest = (message: string) => Object.assign(new Error(message), { statusCode: 400 });
const slug = (s: string) => normaliseName(s.replace(/-/g, ' ')).replace(/ /g, '-');

export const curationRoutes: FastifyPluginAsync = async (app) => {
  const entity = async (key: string, field: string) => {
    const [row] = await readQuery(app, 'MATCH (n:Entity {key: $key}) RETURN n.type AS type, n.name AS name', {
      key,
    });
    if (!row) throw badRequest(`${field}: no entity with id "${key}"; find ids with GET /api/search?q=…`);
    return { type: row.get('type') as string, name: row.get('name') as string };
  };
  const freeKey = async (wanted: string) => {
    const [row] = await readQuery(app, 'MATCH (n:Entity {key: $key}) RETURN n.key AS key', { key: wanted });
    return row ? `${wanted}~${randomUUID().slice(0, 8)}` : wanted;
  };

  /** Checks a request against the graph and completes its payload (new keys are fixed here, once). */
  const prepare = async (
    kind: CurationKind,
    body: Record<string, unknown>,
  ): Promise<CurationPayloads[CurationKind]> => {
    switch (kind) {
      case 'split': {
        const { type } = await entity(String(body.entity), 'entity');
        const articles = [...new Set(body.articles as string[])];
        const rows = await readQuery(
          app,
          'MATCH (a:Article)-[:MENTIONS]->(:Entity {key: $key}) RETURN collect(a.id) AS ids',
          { key: body.entity },
        );
        const mentioned = (rows[0]?.get('ids') as string[]) ?? [];
        const stray = articles.filter((a) => !mentioned.includes(a));
        if (stray.length > 0)
          throw badRequest(
            `articles: ${stray.join(', ')} do not mention "${body.entity}"; its articles are ${mentioned.join(', ')}`,
          );
        if (articles.length === mentioned.length)
          throw badRequest(
            'articles: a split must leave at least one article with the entity; to change its name use rename',
          );
        const base = `${type.toLowerCase()}:${slug(String(body.name))}`;
        return {
          entity: String(body.entity),
          articles,
          name: String(body.name),
          newKey: await freeKey(base === body.entity ? `${base}~split` : base),
        };
      }
      case 'merge': {
        const [from, into] = [
          await entity(String(body.from), 'from'),
          await entity(String(body.into), 'into'),
        ];
        if (body.from === body.into) throw badRequest('from and into are the same entity');
        if (from.type !== into.type)
          throw badRequest(`from is a ${from.type} and into a ${into.type}: retype one of them first`);
        return { from: String(body.from), into: String(body.into) };
      }
      case 'rename':
        await entity(String(body.entity), 'entity');
        return { entity: String(body.entity), name: String(body.name) };
      case 'retype': {
        const current = await entity(String(body.entity), 'entity');
        if (current.type === body.type) throw badRequest(`entity is already a ${current.type}`);
        const rest = String(body.entity).split(':').slice(1).join(':');
        return {
          entity: String(body.entity),
          type: body.type as never,
          newKey: `${String(body.type).toLowerCase()}:${rest}`,
        };
      }
      case 'reject-relation': {
        const rows = await readQuery(
          app,
          'MATCH (:Entity {key: $source})-[r]-(:Entity {key: $target}) WHERE type(r) = $type RETURN count(r) AS n',
          body,
        );
        if (Number(rows[0]?.get('n') ?? 0) === 0)
          throw badRequest(
            `no ${body.type} relation between "${body.source}" and "${body.target}"; see GET /api/entities/:id`,
          );
        return { type: body.type as never, source: String(body.source), target: String(body.target) };
      }
    }
  };

  // Refused before the body is read: without the token nothing about the request is checked.
  const refuseWithoutToken = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!allowWrite(app, request, reply, 'Curation')) return reply;
  };

  app.get<{ Querystring: { entity?: string; limit?: number } }>(
    '/curations',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { entity: KEY, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        },
        response: {
          200: { type: 'object', properties: { curations: { type: 'array', items: CURATION_SCHEMA } } },
        },
      },
    },
    async (request) => ({
      curations: await listCurations(
        app.graph.driver,
        app.graph.database,
        request.query.entity ?? null,
        request.query.limit ?? 100,
      ),
    }),
  );

  for (const kind of Object.keys(BODIES) as CurationKind[]) {
    const body = BODIES[kind];
    app.post<{ Body: Record<string, unknown> & { who?: string; why: string } }>(
      `/curations/${kind}`,
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        onRequest: refuseWithoutToken,
        schema: {
          body: {
            type: 'object',
            additionalProperties: false,
            required: [...body.required, 'why'],
            properties: { ...body.properties, ...WHO_WHY },
          },
          response: {
            201: { type: 'object', properties: { curation: CURATION_SCHEMA, changed: { type: 'integer' } } },
          },
        },
      },
      async (request, reply) => {
        const payload = await prepare(kind, request.body);
        const { who = 'curator', why } = request.body;
        const result = await curate(app.graph.driver, app.graph.database, kind, payload, who, why);
        invalidateReadCache(app);
        return reply.code(201).send(result);
      },
    );
  }

  app.post<{ Params: { id: string }; Body: { who?: string } }>(
    '/curations/:id/undo',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      onRequest: refuseWithoutToken,
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f-]{36}$' } } },
        body: { type: ['object', 'null'], additionalProperties: false, properties: { who: WHO_WHY.who } },
        response: {
          200: { type: 'object', properties: { curation: CURATION_SCHEMA, rebuilt: { type: 'integer' } } },
        },
      },
    },
    async (request, reply) => {
      const result = await undoCuration(
        app.graph.driver,
        app.graph.database,
        request.params.id,
        request.body?.who ?? 'curator',
      );
      invalidateReadCache(app);
      if (!result)
        return reply.code(404).send({
          error: 'Not Found',
          message: `No active curation with id "${request.params.id}"; list them with GET /api/curations`,
        });
      return result;
    },
  );
};
