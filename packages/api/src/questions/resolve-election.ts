// An election slot ("the NUT vice-president election 2017") → one Election of the graph: every
// word must be found in the election's name, post or union's names, and the year must agree.
import type { FastifyInstance } from 'fastify';
import { type ElectionRow, entityByKey, listElections } from '../queries/ask.ts';
import type { EntitySummary } from '../schemas.ts';
import { STOP_WORDS } from './match-question.ts';
import { type Resolution, withDetails } from './resolve-entity.ts';

const STOP = new Set([
  ...STOP_WORDS,
  's',
  'election',
  'elections',
  'poll',
  'ballot',
  'contest',
  'race',
  'vote',
  'committee',
  'council',
  'post',
  'union',
  'unions',
]);
const SHORT: Record<string, string[]> = {
  vp: ['vice', 'president'],
  gs: ['general', 'secretary'],
  gensec: ['general', 'secretary'],
  dgs: ['deputy', 'general', 'secretary'],
  ags: ['assistant', 'general', 'secretary'],
  nec: ['national', 'executive'],
  ne: ['national', 'executive'],
  exec: ['executive'],
};

const tokens = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const summary = (e: ElectionRow): EntitySummary => ({
  key: e.key,
  type: 'Election',
  name: e.name,
  aliases: [],
  articleCount: e.articleCount,
});

export async function resolveElection(
  app: FastifyInstance,
  slot: string,
  text: string,
  pick?: string,
): Promise<Resolution> {
  if (pick) {
    const entity = await entityByKey(app, pick);
    if (entity?.type !== 'Election')
      throw Object.assign(
        new Error(`picks/${slot}: "${pick}" is not an election; choose one of the options offered`),
        {
          statusCode: 400,
        },
      );
    return { status: 'found', entity, note: null };
  }
  const all = tokens(text);
  const year = all.find((t) => /^\d{4}$/.test(t)) ?? null;
  const wanted = all.filter((t) => t !== year && !STOP.has(t)).flatMap((t) => SHORT[t] ?? [t]);
  const elections = await listElections(app);
  const fits = elections.filter((e) => {
    const vocabulary = new Set([e.name, e.post, e.union, ...e.unionNames].flatMap(tokens));
    return wanted.every((w) => vocabulary.has(w));
  });
  const post = (e: ElectionRow) => {
    const words = tokens(e.post);
    return words.length ? words.filter((w) => wanted.includes(w)).length / words.length : 0;
  };
  const rank = (list: ElectionRow[]) =>
    [...list].sort(
      (a, b) => post(b) - post(a) || b.articleCount - a.articleCount || a.name.localeCompare(b.name),
    );
  const dated = rank(fits.filter((e) => year === null || e.year === Number(year)));
  // A report without a date gives an election without a year: the best guess, said so.
  const undated = year ? rank(fits.filter((e) => e.year === null)) : [];
  const pool = dated.length ? dated : undated;
  if (pool.length === 0) {
    const near = rank(elections.filter((e) => wanted.some((w) => tokens(e.name).includes(w)))).slice(0, 6);
    return { status: 'not-found', suggestions: await withDetails(app, near.map(summary)) };
  }
  const best = pool.filter((e) => post(e) === post(pool[0] as ElectionRow));
  if (best.length > 1)
    return { status: 'ambiguous', options: await withDetails(app, best.slice(0, 8).map(summary)) };
  const chosen = best[0] as ElectionRow;
  const note = dated.length
    ? null
    : `the graph gives no year for ${chosen.name}; it is the only one that fits "${text}"`;
  return { status: 'found', entity: summary(chosen), note };
}
