import { describe, expect, it } from 'vitest';
import { RECALL_NEEDED, scoreFolder } from '../../src/import/score';
import { DEFAULT_FOLDER } from '../../src/import/score/cli';

// The importer on the hand-labelled articles of tests/fixtures/import/
// (invented, each in a shape of the genre): npm run import:score prints
// the same measurement as a table.
const score = scoreFolder(DEFAULT_FOLDER);

describe('the importer on the hand-labelled articles', () => {
  it('has twelve or more of them to measure on', () => {
    expect(score.articles.length).toBeGreaterThanOrEqual(12);
  });

  it(`finds ${RECALL_NEEDED * 100}% or more of the figures an editor marked`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(RECALL_NEEDED);
  });

  it.each(score.articles.map((a) => [a.name, a]))('reads the year, place and reporters of %s', (_, article) => {
    expect(article.head.filter((h) => !h.right)).toEqual([]);
  });

  it.each(score.articles.map((a) => [a.name, a]))(
    'finds exactly the sections of %s, no byline among them',
    (_, article) => {
      expect(article.sections.read).toEqual(article.sections.right ? article.sections.read : article.sections.expected);
    },
  );

  it.each(score.articles.map((a) => [a.name, a]))('publishes every sentence of %s', (_, article) => {
    expect(article.sentences.count).toBeGreaterThan(3);
    expect(article.sentences.missing).toEqual([]);
  });
});
