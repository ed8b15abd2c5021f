/** The bibliography page on the fixture sources (tests/fixture-site/content/sources.yaml). */
import { describe, expect, it } from 'vitest';
import { sourcesView } from '../../../src/lib/views/sources.ts';
import { loadAtlasFromFiles } from '../../support/content.ts';

const data = loadAtlasFromFiles();

describe('the sources page', () => {
  it('sorts by first author, or by title where a source has no author', () => {
    expect(sourcesView(data, 'en').sources.map((s) => s.id)).toEqual(['fixture-blog-undated', 'ficticia-2020', 'fixture-interview-original', 'fixture-essay', 'fixture-count-2024', 'fixture-index-table', 'fixture-index-2020', 'fixture-index-2024']);
  });
});
