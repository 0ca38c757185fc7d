// "he"/"she" as a subject refers to the person named last before it (within two sentences).

import type { Sentence } from '../text/sentences.ts';
import type { EntityRegistry, MentionRef } from './entity-registry.ts';

export function resolvePronouns(registry: EntityRegistry, sentences: Sentence[]): void {
  const people = registry.mentions.filter((m) => m.entity.type === 'Person');
  const added: MentionRef[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/\b(he|she|He|She)\b/g)) {
      const at = sentence.start + (match.index ?? 0);
      let antecedent: MentionRef | undefined;
      for (const m of people) if (m.start < at && m.sentence >= sentence.index - 2) antecedent = m;
      if (!antecedent) continue;
      const mention: MentionRef = {
        entity: antecedent.entity,
        start: at,
        end: at + match[0].length,
        sentence: sentence.index,
        text: match[0],
        via: 'pronoun',
      };
      antecedent.entity.mentions.push(mention);
      added.push(mention);
    }
  }
  registry.mentions.push(...added);
  registry.sortMentions();
}
