// Builds the Fastify app: security plugins, OpenAPI, routes in dependency order, the viewer.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { registerErrorHandling } from './error-handling.ts';
import { ReadCache } from './read-cache.ts';
import { articleRoutes } from './routes/articles.ts';
import { askRoutes } from './routes/ask.ts';
import { blocRoutes } from './routes/blocs.ts';
import { changeRoutes } from './routes/changes.ts';
import { curationRoutes } from './routes/curations.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { electionRoutes } from './routes/elections.ts';
import { entityRoutes } from './routes/entities.ts';
import { graphRoutes } from './routes/graph.ts';
import type { DbmsHealth } from './routes/health.ts';
import { healthRoutes } from './routes/health.ts';
import { influenceRoutes } from './routes/influence.ts';
import { linkRoutes } from './routes/links.ts';
import { pathRoutes } from './routes/paths.ts';
import { reviewRoutes } from './routes/review.ts';
import { searchRoutes } from './routes/search.ts';
import { statsRoutes } from './routes/stats.ts';
import { timelineRoutes } from './routes/timeline.ts';
import type { ServerSettings } from './server-settings.ts';
import { registerViewer } from './viewer-static.ts';

export interface AppOptions {
  driver: Driver;
  database: string | undefined;
  neo4jUri: string;
  settings: ServerSettings;
  /** The supervised local Neo4j's state (up, or restarting and why); absent with NEO4J_URI. */
  dbmsStatus?: () => DbmsHealth;
  /** The built viewer to serve at /; the API alone when absent. */
  viewerDir?: string;
  logger?: boolean;
  /**
   * Exact origins (`http://127.0.0.1:PORT`) that POST /api/articles {url} may fetch although they
   * are not public: for a test's own web server only. Never read from the environment.
   */
  fetchAllowOrigins?: string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    graph: { driver: Driver; database: string | undefined; uri: string; status?: () => DbmsHealth };
    settings: ServerSettings;
    fetchAllowOrigins: string[];
  }
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.settings.bodyLimitBytes,
    // Let in-flight requests finish on close, but do not wait on idle keep-alive sockets.
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  });
  app.decorate('graph', {
    driver: options.driver,
    database: options.database,
    uri: options.neo4jUri,
    ...(options.dbmsStatus ? { status: options.dbmsStatus } : {}),
  });
  app.decorate('settings', options.settings);
  app.decorate('readCache', new ReadCache());
  app.decorate('fetchAllowOrigins', options.fetchAllowOrigins ?? []);
  registerErrorHandling(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The layout runs in a worker built from a blob; swagger-ui needs inline styles.
        workerSrc: ["'self'", 'blob:'],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Caucus API',
        version: '1.0.0',
        description: 'Who backs whom in union politics, with evidence.',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  for (const routes of [
    healthRoutes,
    statsRoutes,
    searchRoutes,
    entityRoutes,
    graphRoutes,
    pathRoutes,
    linkRoutes,
    electionRoutes,
    timelineRoutes,
    changeRoutes,
    cypherRoutes,
    articleRoutes,
    blocRoutes,
    influenceRoutes,
    askRoutes,
    curationRoutes,
    reviewRoutes,
  ]) {
    await app.register(routes, { prefix: '/api' });
  }
  await registerViewer(app, options.viewerDir);
  return app;
}
