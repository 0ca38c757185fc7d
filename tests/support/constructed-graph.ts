// Writes a small graph of known shape straight into Neo4j, in the stored form the writer gives
// (labels, keys, evidence as JSON with article ids and dates, per-relation summaries), so an
// analysis can be checked against answers worked out by hand.
import type { Driver } from 'neo4j-driver';

export interface ConstructedGraph {
  articles: { id: string; title: string; date: string }[];
  entities: {
    key: string;
    type: string;
    name: string;
    aliases?: string[];
    properties?: Record<string, unknown>;
  }[];
  /** [source, TYPE, target, article ids]: one sentence of evidence per article. */
  relations: [string, string, string, string[]][];
}

export async function writeConstructedGraph(driver: Driver, g: ConstructedGraph): Promise<void> {
  const dateOf = new Map(g.articles.map((a) => [a.id, a.date]));
  await driver.executeQuery(
    `UNWIND $articles AS a CREATE (:Article {id: a.id, title: a.title, date: a.date, source: 'constructed'})`,
    { articles: g.articles },
  );
  for (const e of g.entities)
    await driver.executeQuery(
      `CREATE (n:Entity {key: $key, type: $type, name: $name, aliases: $aliases, articleCount: 1,
               aliasText: reduce(s = $name, x IN $aliases | s + ' | ' + x)})
       SET n += $properties`,
      { ...e, aliases: e.aliases ?? [], properties: e.properties ?? {} },
    );
  // Type labels come from a closed list here too, one statement per label.
  for (const type of new Set(g.entities.map((e) => e.type)))
    await driver.executeQuery(`MATCH (n:Entity {type: $type}) SET n:${type.replace(/\W/g, '')}`, { type });
  for (const [source, type, target, articles] of g.relations) {
    const evidence = articles.map((id) =>
      JSON.stringify({
        articleId: id,
        sentence: `${source} ${type.toLowerCase()} ${target}.`,
        sentenceStart: 0,
        sentenceEnd: 10,
        start: 0,
        end: 5,
        method: 'constructed',
        confidence: 1,
      }),
    );
    const dates = articles.map((id) => dateOf.get(id) ?? '');
    // Stored as the writer stores it: one :Evidence node per article, a voice per article.
    await driver.executeQuery(
      `MATCH (s:Entity {key: $source}), (t:Entity {key: $target})
       CREATE (s)-[r:${type.replace(/\W/g, '')}]->(t)
       SET r.id = randomUUID(), r.evidenceSeq = size($articles), r.evidenceCount = size($evidence),
           r.articleCount = size($articles), r.firstDate = $first, r.lastDate = $last, r.confidence = 1,
           r.voices = [a IN $articles | 'article ' + a], r.voicePieces = [a IN $articles | 1],
           r.voicePartisan = [a IN $articles | false], r.sourceCount = size($articles),
           r.independentSourceCount = size($articles)
       WITH s, t, r
       UNWIND range(0, size($articles) - 1) AS i
       CREATE (:Evidence {id: r.id + '|' + $articles[i], edge: r.id, article: $articles[i], date: $dates[i], seq: i,
                          pieces: [$evidence[i]], voices: ['article ' + $articles[i]], partisan: [false]})
       WITH s, t, $articles[i] AS aid
       MATCH (a:Article {id: aid})
       MERGE (a)-[:MENTIONS]->(s) MERGE (a)-[:MENTIONS]->(t)`,
      {
        source,
        target,
        evidence,
        articles,
        dates,
        first: [...dates].sort()[0] ?? null,
        last: [...dates].sort().at(-1) ?? null,
      },
    );
  }
}
