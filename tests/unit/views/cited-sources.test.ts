/** The sources an entry cites are read with the content check's own parser, so the two cannot disagree. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/content-check.ts';
import { citedSources } from '../../../src/lib/entries.ts';
import { loadEntriesFromFiles } from '../../support/entries.ts';

const refs = { countries: ['xr'], sources: ['ficticia-2020', 'fixture-essay'], charts: [] };

describe('cited sources', () => {
  it('are found however the prop is quoted, in order of first use', () => {
    const body = "See <Cite id='fixture-essay'/> and <Cite id=\"ficticia-2020\" page=\"3\" />.\n\n<PullQuote source='fixture-essay'>q</PullQuote>\n";
    expect(checkMdxBody('x.mdx', body, 1, refs)).toEqual([]);
    expect(citedSources(body)).toEqual(['fixture-essay', 'ficticia-2020']);
  });

  it('are checked as the references they become: an unknown id in single quotes is refused', () => {
    const problems = checkMdxBody('x.mdx', "Text <Cite id='nowhere'/>\n", 1, refs);
    expect(problems.map((p) => [p.field, p.message])).toEqual([['<Cite> id', 'unknown source id']]);
    expect(citedSources("Text <Cite id='nowhere'/>\n")).toEqual(['nowhere']);
  });

  it('leave out what is not a source prop: code, other props, other components', () => {
    const body = '```\n<Cite id="in-code" />\n```\n\n`<Cite id="inline-code" />` <Chart id="followers-twitter" /> <PullQuote attribution="Someone">q</PullQuote>\n';
    expect(citedSources(body)).toEqual([]);
  });

  it('include the single-quoted citation of the fixture study', () => {
    const study = loadEntriesFromFiles().find((e) => e.entryId === 'en/estudio-ficticio')!;
    // fixture-blog-undated is cited only by <Cite id='fixture-blog-undated'/>, in single quotes.
    expect(study.cited).toEqual(['ficticia-2020', 'fixture-essay', 'fixture-blog-undated']);
  });
});
