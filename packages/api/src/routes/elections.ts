// GET /api/elections — contests by union, post and year; GET /api/elections/:id — a race board.
import type { FastifyPluginAsync } from 'fastify';
import { loadRaceRows } from '../queries/election-board.ts';
import { listElections } from '../queries/elections.ts';
import { buildRaceBoard } from '../races/build-race-board.ts';
import { ELECTION_SUMMARY, RACE_BOARD_SCHEMA } from '../races/race-schemas.ts';
import { ERROR_REPLY } from '../schemas.ts';

export const electionRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { union?: string; post?: string; year?: number } }>(
    '/elections',
    {
      schema: {
        description: 'Contests (one union, one post, one year each), oldest first.',
        querystring: {
          type: 'object',
          properties: {
            union: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              description: 'a union key (union:…) or any of its names, e.g. NUT',
            },
            post: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              description: 'e.g. General Secretary; matched as the extraction contract matches posts',
            },
            year: { type: 'integer', minimum: 1800, maximum: 2200 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { elections: { type: 'array', items: ELECTION_SUMMARY } },
          },
        },
      },
    },
    async (request) => ({ elections: await listElections(app, request.query) }),
  );

  app.get<{ Params: { id: string } }>(
    '/elections/:id',
    {
      schema: {
        description:
          'The race board: every candidate with result, votes or share where the text gives them, and endorsers, each with evidence.',
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 400, description: 'election:…' } },
        },
        response: { 200: RACE_BOARD_SCHEMA, 404: ERROR_REPLY },
      },
    },
    async (request) => {
      const { id } = request.params;
      const rows = await loadRaceRows(app, id);
      if (!rows)
        throw Object.assign(
          new Error(`No election with id "${id}"; list them with GET /api/elections?union=…&year=…`),
          { statusCode: 404 },
        );
      return buildRaceBoard(rows);
    },
  );
};
