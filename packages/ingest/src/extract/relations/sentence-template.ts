// A sentence with each mention replaced by a placeholder such as ⟦P3⟧ (person, mention 3), so that
// relation rules are plain regular expressions over the shape of the sentence.
import type { EntityType } from '@caucus/graph';
import type { MentionRef } from '../entities/entity-registry.ts';
import type { Sentence } from '../text/sentences.ts';

export const TYPE_LETTER: Record<EntityType, string> = {
  Person: 'P',
  Faction: 'F',
  Union: 'U',
  Party: 'Y',
  Election: 'E',
  Organisation: 'O',
  Place: 'L',
};

export interface SentenceTemplate {
  sentence: Sentence;
  template: string;
  mentions: MentionRef[];
  /** Maps an offset in the template back to an offset in the article. */
  toSource(templateOffset: number): number;
}

interface Segment {
  tplStart: number;
  tplEnd: number;
  srcStart: number;
  srcEnd: number;
  literal: boolean;
}

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Sir|Dame)\.?\s+$/;

export function buildTemplate(sentence: Sentence, mentions: MentionRef[]): SentenceTemplate {
  // Elections are read from the template, not into it: their phrases hold the names rules need.
  const own = mentions.filter(
    (m) => m.start >= sentence.start && m.end <= sentence.end && m.entity.type !== 'Election',
  );
  const kept: MentionRef[] = [];
  const segments: Segment[] = [];
  let template = '';
  let cursor = sentence.start;
  const text = sentence.text;
  const literal = (to: number) => {
    if (to <= cursor) return;
    // The line breaks and markers of a list read as semicolons (same length, so offsets hold).
    const piece = text
      .slice(cursor - sentence.start, to - sentence.start)
      .replace(/\s*\n[ \t]*(?:(?:\d{1,2}[.)]|[•*▪◦–—-])[ \t]+)?/g, (gap) => `;${' '.repeat(gap.length - 1)}`);
    segments.push({
      tplStart: template.length,
      tplEnd: template.length + piece.length,
      srcStart: cursor,
      srcEnd: to,
      literal: true,
    });
    template += piece;
    cursor = to;
  };
  for (const mention of own) {
    if (mention.start < cursor) continue; // overlapping mention: the earlier, longer one wins
    const previous = kept[kept.length - 1];
    const gap = text.slice(cursor - sentence.start, mention.start - sentence.start);
    // "National Education Union (NEU)": the acronym repeats the name; fold it away.
    if (
      previous &&
      previous.entity === mention.entity &&
      gap === ' (' &&
      text[mention.end - sentence.start] === ')'
    ) {
      segments.push({
        tplStart: template.length,
        tplEnd: template.length,
        srcStart: cursor,
        srcEnd: mention.end + 1,
        literal: false,
      });
      cursor = mention.end + 1;
      continue;
    }
    // "Mr Brendan Hayes" is one placeholder, so rules see ", Mr Hayes," as a name set off by commas.
    const honorific =
      mention.entity.type === 'Person'
        ? (HONORIFIC_BEFORE.exec(text.slice(cursor - sentence.start, mention.start - sentence.start))?.[0]
            .length ?? 0)
        : 0;
    literal(mention.start - honorific);
    const placeholder = `⟦${TYPE_LETTER[mention.entity.type]}${kept.length}⟧`;
    segments.push({
      tplStart: template.length,
      tplEnd: template.length + placeholder.length,
      srcStart: mention.start - honorific,
      srcEnd: mention.end,
      literal: false,
    });
    template += placeholder;
    kept.push(mention);
    cursor = mention.end;
  }
  literal(sentence.end);
  const toSource = (offset: number): number => {
    for (const seg of segments) {
      if (offset >= seg.tplStart && offset <= seg.tplEnd) {
        return seg.literal
          ? seg.srcStart + (offset - seg.tplStart)
          : offset === seg.tplStart
            ? seg.srcStart
            : seg.srcEnd;
      }
    }
    return sentence.end;
  };
  return { sentence, template, mentions: kept, toSource };
}

/** All mention indexes in a piece of template, e.g. "⟦F1⟧, ⟦F2⟧ and ⟦F3⟧" → [1, 2, 3]. */
export function placeholderIndexes(piece: string, letters = 'PFUYEOL'): number[] {
  const out: number[] = [];
  for (const m of piece.matchAll(new RegExp(`⟦([${letters}])(\\d+)⟧`, 'g'))) out.push(Number(m[2]));
  return out;
}
