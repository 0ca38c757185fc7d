// Serves the built viewer at / so that API and viewer share one port.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerViewer(app: FastifyInstance, root: string | undefined): Promise<void> {
  if (!root || !existsSync(root)) {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain')
        .send(
          'The viewer is not built yet: run `pnpm build` (pnpm start does it for you). The API is at /api.',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'] });
}
