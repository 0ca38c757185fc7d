// Who is speaking in each sentence, where the sentence says: "according to the Socialist Party",
// "Mr Robertson said", "said Roddy Robertson", "the AWL says"; a quotation without its own
// attribution takes the speaker of the sentence that attributes it in the same paragraph.
import type { EntityDraft } from '../entities/entity-registry.ts';
import type { SentenceTemplate } from './sentence-template.ts';

const SPEECH =
  '(?:said|says|say|told|tells|added|adds|argued|argues|claimed|claims|wrote|writes|stated|states|insisted|insists|warned|warns|explained|explains|commented|declared|announced|announces|believes|believed|described|describes|accused|accuses|responded|replied|confirmed|confirms)';
const TITLE_WORD =
  '(?:union|party|general|deputy|assistant|national|international|vice|acting|interim|regional|branch|executive|secretary|president|chair|treasurer|leader|candidate|organiser|organizer|convenor|officer|member)';
const PATTERNS = [
  /\baccording\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?⟦[PFYUO](\d+)⟧/i,
  new RegExp(`⟦[PFYUO](\\d+)⟧(?:,[^,]{0,90},)?\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?${SPEECH}\\b`, 'i'),
  // "said Teamster General President Jim Hoffa", "said Unite's general secretary Jo Bloggs":
  // capitalised or title words only, so "said the union backed X" names no speaker.
  new RegExp(
    `\\b${SPEECH}\\s+(?:the\\s+)?(?:⟦[FYUO]\\d+⟧(?:'s)?\\s+)?(?:(?:[A-Z][\\w'’-]*|${TITLE_WORD})\\s+){1,4}⟦P(\\d+)⟧`,
  ),
  new RegExp(`\\b${SPEECH}\\s+(?:the\\s+)?⟦[PFYUO](\\d+)⟧`, 'i'),
  /\b(?:a|the)\s+⟦[FYUO](\d+)⟧\s+(?:spokesperson|spokesman|spokeswoman|statement|source)\b/i,
];

const quoted = (text: string) => /^\s*["“]/.test(text) || /["”]\s*$/.test(text);

export function findSpeakers(templates: SentenceTemplate[]): Map<number, EntityDraft> {
  const speakers = new Map<number, EntityDraft>();
  for (const tpl of templates) {
    for (const pattern of PATTERNS) {
      const m = pattern.exec(tpl.template);
      const speaker = m ? tpl.mentions[Number(m[1])]?.entity : undefined;
      if (speaker && speaker.type !== 'Place' && speaker.type !== 'Election') {
        speakers.set(tpl.sentence.index, speaker);
        break;
      }
    }
  }
  // A quotation run attributed once ("'…' Today we turn a page. …' she said") shares its speaker.
  for (let i = 0; i < templates.length; i++) {
    const tpl = templates[i];
    if (!tpl || speakers.has(i) || !quoted(tpl.sentence.text)) continue;
    for (const j of [i + 1, i - 1, i + 2]) {
      const other = templates[j];
      const speaker = speakers.get(j);
      const sameParagraph =
        other && !/\n/.test(tpl.sentence.text) && Math.abs(other.sentence.start - tpl.sentence.end) < 400;
      if (speaker && sameParagraph && quoted(other.sentence.text)) {
        speakers.set(i, speaker);
        break;
      }
    }
  }
  return speakers;
}
