// "Who says so?" for one relation: the distinct sources (an outlet's owning party or faction, else
// the outlet, else the article itself) behind its evidence, how many of them are independent
// (not partisan), and whether every piece is partisan (a party's own paper, or an actor speaking
// about itself). Read from the voice tally the writer keeps on the edge, or from some pieces'
// own voices and partisan flags.
import { toJson } from '../graph-json/to-json.ts';

export interface Attribution {
  sources: number;
  independentSources: number;
  allPartisan: boolean;
  voices: { name: string; pieces: number; partisan: boolean }[];
}

/**
 * From an edge's tally: its distinct voices, each one's number of pieces, and whether all of
 * that voice's pieces are partisan (parallel lists).
 */
export function attributionOfTally(voices: unknown, pieces: unknown, partisan: unknown): Attribution {
  const names = (voices as string[] | null) ?? [];
  const counts = (pieces as unknown[] | null) ?? [];
  const flags = (partisan as boolean[] | null) ?? [];
  const list = names
    .map((name, i) => ({ name, pieces: Number(toJson(counts[i]) ?? 0), partisan: flags[i] === true }))
    .sort((a, b) => b.pieces - a.pieces || a.name.localeCompare(b.name));
  const independent = list.filter((v) => !v.partisan).length;
  return {
    sources: list.length,
    independentSources: independent,
    allPartisan: list.length > 0 && independent === 0,
    voices: list,
  };
}

/** From pieces' own voices and partisan flags (parallel lists, one entry per piece). */
export function attributionOf(voices: unknown, partisan: unknown): Attribution {
  const flags = (partisan as boolean[] | null) ?? [];
  const byVoice = new Map<string, { pieces: number; partisan: boolean }>();
  ((voices as string[] | null) ?? []).forEach((name, i) => {
    const v = byVoice.get(name) ?? { pieces: 0, partisan: true };
    v.pieces++;
    if (flags[i] !== true) v.partisan = false;
    byVoice.set(name, v);
  });
  const names = [...byVoice.keys()];
  return attributionOfTally(
    names,
    names.map((n) => byVoice.get(n)?.pieces),
    names.map((n) => byVoice.get(n)?.partisan),
  );
}

export const ATTRIBUTION_SCHEMA = {
  type: 'object',
  description: 'who says so: distinct sources, how many are independent, whether all are partisan',
  properties: {
    sources: { type: 'integer' },
    independentSources: { type: 'integer' },
    allPartisan: { type: 'boolean' },
    voices: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          pieces: { type: 'integer' },
          partisan: { type: 'boolean' },
        },
      },
    },
  },
} as const;
