// Who says so: each piece of evidence names its speaker where the sentence does, and each
// article its publisher and the party or faction whose organ that publisher is.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractArticle, readArticle } from '@caucus/ingest';
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.ts';
import { DEV_ARTICLES } from '../support/paths.ts';

const text = (source: string, ...paragraphs: string[]) =>
  ['GMB election', 'date 2023-04-01', `source ${source}`, '', paragraphs.join('\n\n')].join('\n');

function speakersOf(graph: ReturnType<typeof extractText>, type: string) {
  return graph.relations
    .filter((r) => r.type === type)
    .flatMap((r) => (r.evidence ?? []).map((e) => e.speaker?.name ?? null));
}

describe('attribution', () => {
  it('names the speaker a sentence gives: "according to", "X said", "said X"', () => {
    const graph = extractText(
      text(
        'Test Wire',
        'According to the Socialist Party, Jane Doe is backed by the GMB Broad Left.',
        'Tom Bell, the GMB regional secretary, said Ann Cole was backed by GMB Progressives.',
        'Ray Lund is standing for general secretary.',
      ),
    );
    expect(speakersOf(graph, 'ENDORSED').sort()).toEqual(['Socialist Party', 'Tom Bell']);
    const standing = graph.relations.find(
      (r) => r.type === 'CANDIDATE_IN' && graph.entities.find((e) => e.id === r.source)?.name === 'Ray Lund',
    );
    expect(standing?.evidence?.[0]?.speaker).toBeUndefined();
  });

  it('knows a party\'s paper: the publisher and the party whose organ it is, which speaks as "we"', () => {
    const graph = extractText(
      text(
        'The Socialist (Socialist Party)',
        'We are backing Jane Doe of the Socialist Party for general secretary.',
      ),
    );
    expect(graph.meta?.publisher).toEqual({
      name: 'The Socialist',
      owner: { name: 'Socialist Party', type: 'Party' },
    });
    expect(speakersOf(graph, 'ENDORSED')).toEqual(['Socialist Party']);
    const neutral = extractText(text('Toronto Star', 'Jane Doe is standing for general secretary.'));
    expect(neutral.meta?.publisher).toEqual({ name: 'Toronto Star' });
  });

  it("reads a real party paper's endorsement as the party speaking", (ctx) => {
    const file = path.join(DEV_ARTICLES, 'd05_usdaw-2017-vote-amy-murphy.txt');
    ctx.skip(!existsSync(file), `the shared dev articles are not at ${DEV_ARTICLES}`);
    const graph = extractArticle(readArticle(file));
    expect(graph.meta?.publisher?.owner?.name).toBe('Socialist Party');
    const murphy = graph.entities.find((e) => e.name === 'Amy Murphy');
    const endorsed = graph.relations.filter((r) => r.type === 'ENDORSED' && r.target === murphy?.id);
    expect(endorsed.flatMap((r) => (r.evidence ?? []).map((e) => e.speaker?.name))).toContain(
      'Socialist Party',
    );
  });
});
