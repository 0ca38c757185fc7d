// Writes need the bearer token CAUCUS_API_TOKEN: off (403) without one configured, 401 without it sent.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export function hasToken(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sends the refusal and returns false when the request may not write. */
export function allowWrite(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  what: string,
): boolean {
  const token = app.settings.apiToken;
  if (!token) {
    reply
      .code(403)
      .send({ error: 'Forbidden', message: `${what} is off: start the server with CAUCUS_API_TOKEN set` });
    return false;
  }
  if (!hasToken(request, token)) {
    reply
      .code(401)
      .send({ error: 'Unauthorized', message: 'Send the header "Authorization: Bearer <CAUCUS_API_TOKEN>"' });
    return false;
  }
  return true;
}
