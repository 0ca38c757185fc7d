// The extractor: one article in, the graph a careful reader would draw out, every fact with its
// evidence. Pure: no I/O, no database, same input → same output.
import type { ArticleGraph } from '@caucus/graph';
import type { Article } from '../read/read-article.ts';
import { ContestModel } from './contest/contest-model.ts';
import { findEntities } from './entities/find-entities.ts';
import { loadKnowledgeBase } from './entities/knowledge-base.ts';
import { resolvePronouns } from './entities/pronouns.ts';
import { inferArticleRelations } from './relations/article-inferences.ts';
import { CANDIDACY_RULES } from './relations/candidacy-rules.ts';
import { ENDORSEMENT_RULES } from './relations/endorsement-rules.ts';
import { findHomeUnion } from './relations/home-union.ts';
import { MEMBERSHIP_RULES } from './relations/membership-rules.ts';
import { describePublisher, findPublisher } from './relations/publisher.ts';
import type { RuleOutput } from './relations/relation-draft.ts';
import { RESULT_RULES } from './relations/result-rules.ts';
import { RuleContext } from './relations/rule-context.ts';
import { buildTemplate } from './relations/sentence-template.ts';
import { findSpeakers } from './relations/speakers.ts';
import { STRUCTURE_RULES } from './relations/structure-rules.ts';
import { splitSentences } from './text/sentences.ts';
import { readShoutedNames } from './text/shouted-names.ts';
import { toArticleGraph } from './to-article-graph.ts';

const SENTENCE_RULES = [
  ...MEMBERSHIP_RULES,
  ...ENDORSEMENT_RULES,
  ...CANDIDACY_RULES,
  ...RESULT_RULES,
  ...STRUCTURE_RULES,
];

export function extractArticle(article: Article): ArticleGraph {
  const kb = loadKnowledgeBase();
  const sentences = splitSentences(article.text);
  const nameText = readShoutedNames(article.text, kb.givenNames);
  const { registry } = findEntities(
    nameText,
    sentences.map((s) => ({ ...s, text: nameText.slice(s.start, s.end) })),
    kb,
  );
  resolvePronouns(registry, sentences);
  const templates = sentences.map((s) => buildTemplate(s, registry.mentions));
  const homeUnion = findHomeUnion(registry, templates);
  const articleYear = article.date ? Number(article.date.slice(0, 4)) : null;
  const contests = new ContestModel({ registry, templates, articleYear, homeUnion });
  const publisher = findPublisher(article.source, registry.entities, kb);

  const speakers = findSpeakers(templates);
  const output: RuleOutput = { relations: [], marks: [] };
  templates.forEach((tpl, i) => {
    const previous = templates[i - 1]?.mentions.find(
      (m) => m.entity.type === 'Faction' || m.entity.type === 'Party',
    );
    const speaker = speakers.get(tpl.sentence.index) ?? null;
    const ctx = new RuleContext(
      tpl,
      output,
      homeUnion,
      previous?.entity ?? null,
      contests,
      publisher,
      speaker,
    );
    for (const rule of SENTENCE_RULES) rule(ctx);
  });
  // "We support Amy Murphy" in the Socialist Party's paper: the party speaks.
  if (publisher)
    for (const tpl of templates)
      if (!speakers.has(tpl.sentence.index) && /\b(?:we|we're|we've|our|us)\b/i.test(tpl.template))
        speakers.set(tpl.sentence.index, publisher);
  const inferred = inferArticleRelations({
    relations: output.relations,
    marks: output.marks,
    contests,
    homeUnion,
    entities: registry.entities,
    sentences,
  });
  return toArticleGraph(article, registry.entities, [...output.relations, ...inferred], {
    speakers,
    publisher: describePublisher(article.source, kb),
  });
}
