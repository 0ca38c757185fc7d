// GET /api/articles, GET /api/articles/:id (text with mention spans), and POST /api/articles
// (ingest one article, given as text or as a URL to fetch, through the same pipeline; needs the
// bearer token CAUCUS_API_TOKEN). URLs must be public: the API never fetches private addresses.
import {
  type Article,
  ArticleReadError,
  articleFromText,
  IngestState,
  ingestArticles,
  readUrlArticle,
} from '@caucus/ingest';
import type { FastifyPluginAsync } from 'fastify';
import { hasToken } from '../auth/bearer-token.ts';
import { invalidateReadCache } from '../read-cache.ts';
import { readQuery } from '../read-query.ts';
import { ARTICLE_REF } from '../schemas.ts';

const ARTICLE_META = {
  ...ARTICLE_REF,
  properties: {
    ...ARTICLE_REF.properties,
    path: { type: ['string', 'null'] },
    entities: { type: 'integer' },
  },
} as const;

/** A syndicated copy of the article: stored once, its evidence counted once. */
const COPY_SCHEMA = {
  type: 'object',
  properties: {
    path: { type: 'string' },
    url: { type: ['string', 'null'] },
    title: { type: ['string', 'null'] },
    date: { type: ['string', 'null'] },
    source: { type: ['string', 'null'] },
    similarity: { type: 'number' },
  },
} as const;

export const articleRoutes: FastifyPluginAsync = async (app) => {
  // Kept for the app's life: a post reads the alias index only when the store changed elsewhere.
  const state = new IngestState(app.graph.driver, app.graph.database);
  // Where posting is on, the state is read and the batch statement planned (seconds, once per
  // Neo4j start) while the server starts listening, not on the first post.
  app.addHook('onReady', async () => {
    if (app.settings.apiToken) void state.serial(() => state.current()).catch(() => undefined);
  });
  app.get<{ Querystring: { limit?: number; offset?: number } }>(
    '/articles',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { total: { type: 'integer' }, articles: { type: 'array', items: ARTICLE_META } },
          },
        },
      },
    },
    async (request) => {
      const { limit = 100, offset = 0 } = request.query;
      const records = await readQuery(
        app,
        `MATCH (a:Article)
         WITH count(a) AS total, collect(a) AS all
         UNWIND all AS a
         WITH total, a ORDER BY a.date DESC, a.title SKIP $offset LIMIT $limit
         RETURN total, a {.id, .title, .date, .source, .path, .url, entities: COUNT { (a)-[:MENTIONS]->() }} AS article`,
        { limit, offset },
      );
      return { total: records[0]?.get('total') ?? 0, articles: records.map((r) => r.get('article')) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } } },
        response: {
          200: {
            type: 'object',
            properties: {
              article: {
                ...ARTICLE_META,
                properties: {
                  ...ARTICLE_META.properties,
                  text: { type: 'string' },
                  urls: { type: 'array', items: { type: 'string' } },
                  copies: { type: 'array', items: COPY_SCHEMA },
                },
              },
              mentions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    start: { type: 'integer' },
                    end: { type: 'integer' },
                    key: { type: 'string' },
                    type: { type: 'string' },
                    name: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const [row] = await readQuery(
        app,
        `MATCH (a:Article {id: $id})
         OPTIONAL MATCH (a)-[m:MENTIONS]->(n:Entity)
         RETURN a {.id, .title, .date, .source, .path, .url, .text, urls: coalesce(a.urls, []), copies: coalesce(a.copies, [])} AS article,
                collect({spans: m.spans, key: n.key, type: n.type, name: n.name}) AS mentions`,
        { id: request.params.id },
      );
      if (!row)
        throw Object.assign(
          new Error(`No article with id "${request.params.id}"; list them with GET /api/articles`),
          { statusCode: 404 },
        );
      const mentions = (
        row.get('mentions') as { spans: number[] | null; key: string; type: string; name: string }[]
      ).flatMap((m) => {
        const spans = m.spans ?? [];
        const out = [];
        for (let i = 0; i + 1 < spans.length; i += 2)
          out.push({ start: spans[i], end: spans[i + 1], key: m.key, type: m.type, name: m.name });
        return out;
      });
      mentions.sort((a, b) => Number(a.start) - Number(b.start));
      const article = row.get('article') as { copies: string[] };
      return { article: { ...article, copies: article.copies.map((c) => JSON.parse(c)) }, mentions };
    },
  );

  app.post<{
    Body: { text?: string; url?: string; title?: string; date?: string; source?: string; fileName?: string };
  }>(
    '/articles',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          // Either the text itself or the URL of a web page or PDF to fetch.
          anyOf: [{ required: ['text'] }, { required: ['url'] }],
          additionalProperties: false,
          properties: {
            text: { type: 'string', minLength: 1, maxLength: 1_000_000 },
            url: { type: 'string', minLength: 1, maxLength: 2000 },
            title: { type: 'string', maxLength: 500 },
            date: { type: 'string', format: 'date' },
            source: { type: 'string', maxLength: 200 },
            fileName: { type: 'string', pattern: '^[\\w.-]{1,120}\\.(txt|md|html?)$' },
          },
        },
      },
    },
    async (request, reply) => {
      const token = app.settings.apiToken;
      if (!token)
        return reply.code(403).send({
          error: 'Forbidden',
          message: 'Writing articles is off: start the server with CAUCUS_API_TOKEN set',
        });
      if (!hasToken(request, token))
        return reply.code(401).send({
          error: 'Unauthorized',
          message: 'Send the header "Authorization: Bearer <CAUCUS_API_TOKEN>"',
        });
      const { text, url, title, date, source, fileName = 'posted.txt' } = request.body;
      if (text !== undefined && url !== undefined)
        return reply
          .code(400)
          .send({ error: 'Bad Request', message: 'Send either "text" or "url", not both' });
      let article: Article;
      if (url !== undefined) {
        try {
          // Public addresses only: no allowPrivate here, whatever the request says.
          article = await readUrlArticle(url, { allowOrigins: app.fetchAllowOrigins });
        } catch (err) {
          if (!(err instanceof ArticleReadError)) throw err;
          return reply.code(422).send({ error: 'Unprocessable Entity', message: err.message });
        }
        if (title) article.title = title;
        if (date) article.date = date;
        if (source) article.source = source;
      } else {
        const header = [
          title ? `title ${title}` : '',
          date ? `date ${date}` : '',
          source ? `source ${source}` : '',
        ]
          .filter(Boolean)
          .join('\n');
        article = articleFromText(header ? `${header}\n\n${text}` : (text as string), `api:${fileName}`);
      }
      const summary = await ingestArticles([article], {
        driver: app.graph.driver,
        database: app.graph.database,
        state,
      });
      // Cached answers (stats, overview, entity views) may now be stale.
      if (summary.ingested.length + summary.replaced.length + summary.duplicates.length > 0)
        invalidateReadCache(app);
      const copy = summary.duplicates[0];
      const status =
        summary.ingested.length + summary.replaced.length + summary.duplicates.length > 0 ? 201 : 200;
      return reply.code(status).send({
        id: summary.ids[article.path] ?? article.id,
        status: copy
          ? 'copy'
          : summary.unchanged.length > 0
            ? 'unchanged'
            : summary.failed.length > 0
              ? 'failed'
              : 'ingested',
        title: article.title,
        url: article.url ?? null,
        ...(copy ? { copyOf: copy.of } : {}),
        failed: summary.failed,
        counts: summary.counts,
      });
    },
  );
};
