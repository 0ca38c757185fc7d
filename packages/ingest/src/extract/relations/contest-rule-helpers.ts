// What the contest rules share: placeholders by index as people, hypotheticals, the post pattern.
import { POST_SOURCE } from '../contest/posts.ts';
import type { RuleContext } from './rule-context.ts';

export const re = (source: string) => new RegExp(source, 'gi');

export const entities = (ctx: RuleContext, indexes: number[]) =>
  indexes.map((i) => ctx.entity(i)).filter((e): e is NonNullable<typeof e> => e?.type === 'Person');

/** Modal or conditional words before a result make it hypothetical: "John predicted X would beat Y". */
export const hypothetical = (ctx: RuleContext, at: number) =>
  /\b(?:will|would|could|might|may|should|if|unless|poised\s+to|tipped\s+to|favou?rite\s+to|going\s+to|predicted|expects?|expected|hopes?|hoped|likely\s+to|bid\s+to|attempt\s+to|trying\s+to|tried\s+to|set\s+to)\s+(?:\S+\s+){0,2}$/i.test(
    ctx.text.slice(Math.max(0, at - 40), at),
  );

export const POST = `(?:${POST_SOURCE})`;
