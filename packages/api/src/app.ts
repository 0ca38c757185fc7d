// Builds the Fastify app: plugins, then routes in dependency order, then the viewer's static files.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { registerErrorHandling } from './error-handling.ts';
import { healthRoutes } from './routes/health.ts';
import { statsRoutes } from './routes/stats.ts';
import type { ServerSettings } from './server-settings.ts';
import { registerViewer } from './viewer-static.ts';

export interface AppOptions {
  driver: Driver;
  database: string | undefined;
  neo4jUri: string;
  settings: ServerSettings;
  /** The built viewer to serve at /; the API alone when absent. */
  viewerDir?: string;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    graph: { driver: Driver; database: string | undefined; uri: string };
    settings: ServerSettings;
  }
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.settings.bodyLimitBytes,
    // Let in-flight requests finish on close, but do not wait on idle keep-alive sockets.
    forceCloseConnections: 'idle',
  });
  app.decorate('graph', { driver: options.driver, database: options.database, uri: options.neo4jUri });
  app.decorate('settings', options.settings);
  registerErrorHandling(app);
  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(statsRoutes, { prefix: '/api' });
  await registerViewer(app, options.viewerDir);
  return app;
}
