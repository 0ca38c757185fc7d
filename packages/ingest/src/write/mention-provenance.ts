// Why several names are one entity: for each surface name an article uses, the rule that tied it
// to the entity (`name`, `acronym`, `short-name`, `short-body-name`, …) and the sentence it is in.
import type { GraphEntity } from '@caucus/graph';
import { splitSentences } from '../extract/text/sentences.ts';

export interface NameProvenance {
  name: string;
  via: string;
  start: number;
  end: number;
  sentence: string;
}

export function mentionProvenance(text: string) {
  let sentences: ReturnType<typeof splitSentences> | null = null;
  const sentenceAt = (offset: number) => {
    sentences ??= splitSentences(text);
    const s = sentences.find((x) => x.start <= offset && offset < x.end);
    return s ? s.text.trim() : '';
  };
  return {
    /** One JSON entry per (name, rule) not yet in `seen`: the first mention of each. */
    of(entity: GraphEntity, seen: string[]): string[] {
      const have = new Set(seen.map((j) => JSON.parse(j) as NameProvenance).map((p) => `${p.name}|${p.via}`));
      const out: string[] = [];
      for (const m of entity.mentions ?? []) {
        const via = m.via ?? (m.text === entity.name ? 'name' : 'alias');
        const id = `${m.text}|${via}`;
        if (have.has(id)) continue;
        have.add(id);
        const entry: NameProvenance = {
          name: m.text,
          via,
          start: m.start,
          end: m.end,
          sentence: sentenceAt(m.start),
        };
        out.push(JSON.stringify(entry));
      }
      return out;
    },
  };
}
