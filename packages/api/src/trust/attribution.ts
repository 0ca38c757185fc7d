// "Who says so?" for one relation: the distinct sources (an outlet's owning party or faction, else
// the outlet, else the article itself) behind its evidence, how many of them are independent
// (not partisan), and whether every piece is partisan (a party's own paper, or an actor speaking
// about itself). Read from the per-evidence lists the writer keeps next to the evidence.

export interface Attribution {
  sources: number;
  independentSources: number;
  allPartisan: boolean;
  voices: { name: string; pieces: number; partisan: boolean }[];
}

export function attributionOf(voices: unknown, partisan: unknown, articleIds?: unknown): Attribution {
  // Edges written before attribution was kept count each article as its own, neutral source.
  const names =
    (voices as string[] | null) ?? ((articleIds as string[] | null) ?? []).map((a) => `article ${a}`);
  const flags = (partisan as boolean[] | null) ?? [];
  const byVoice = new Map<string, { name: string; pieces: number; partisan: boolean }>();
  names.forEach((name, i) => {
    const v = byVoice.get(name) ?? { name, pieces: 0, partisan: true };
    v.pieces++;
    if (flags[i] !== true) v.partisan = false;
    byVoice.set(name, v);
  });
  const list = [...byVoice.values()].sort((a, b) => b.pieces - a.pieces || a.name.localeCompare(b.name));
  const independent = list.filter((v) => !v.partisan).length;
  return {
    sources: list.length,
    independentSources: independent,
    allPartisan: list.length > 0 && independent === 0,
    voices: list,
  };
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
