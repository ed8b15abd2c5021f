/** Which pages the browser gates open (tests/support/gates/browser.ts, pagesToOpen). */
import { describe, expect, it } from 'vitest';
import { pagesToOpen } from '../support/gates/browser.ts';

describe('pages the browser gates open', () => {
  it('keeps every page but the second and later filter listing of a language, section and filter, and embed page of a language', () => {
    const paths = [
      '/atlas/',
      '/atlas/es/',
      '/atlas/es/articles/',
      '/atlas/es/articles/tags/a/',
      '/atlas/es/articles/tags/b/',
      '/atlas/es/articles/countries/xr/',
      '/atlas/es/articles/countries/xf/',
      '/atlas/en/articles/tags/b/',
      '/atlas/es/interviews/tags/a/',
      '/atlas/es/countries/xr/',
      '/atlas/es/countries/xf/',
      '/atlas/es/embed/accounts-timeline/',
      '/atlas/es/embed/followers-twitter/',
      '/atlas/en/embed/followers-twitter/',
      '/atlas/404.html',
    ];
    expect(pagesToOpen(paths, '/atlas/')).toEqual([
      '/atlas/',
      '/atlas/es/',
      '/atlas/es/articles/',
      '/atlas/es/articles/tags/a/',
      '/atlas/es/articles/countries/xr/',
      '/atlas/en/articles/tags/b/',
      '/atlas/es/interviews/tags/a/',
      // Country pages are authored content, not filter listings: every one is opened.
      '/atlas/es/countries/xr/',
      '/atlas/es/countries/xf/',
      // Embed pages: one template, the first of each language.
      '/atlas/es/embed/accounts-timeline/',
      '/atlas/en/embed/followers-twitter/',
      '/atlas/404.html',
    ]);
  });

  it('reads paths after the base, whatever the base', () => {
    expect(pagesToOpen(['/es/articles/tags/a/', '/es/articles/tags/b/'], '/')).toEqual(['/es/articles/tags/a/']);
  });
});
