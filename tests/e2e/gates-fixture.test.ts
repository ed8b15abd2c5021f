/**
 * Browser gates on the fictional fixture site, served under /atlas/ (see gates.ts): not every page
 * (the real site's gates do that), but each page where the fixture holds a case the real content may
 * not have yet. (An article with every MDX component, shown in its own language and as a fallback
 * page, is opened by the author path: tests/e2e/author-path.test.ts.)
 */
import { browserGates } from './gates.ts';

browserGates('fixture', {
  only: [
    // Seven countries, more than 60 accounts: charts summarised per country, the chooser's long list.
    '/atlas/es/compare/',
    // Every kind of figure and date; a country with no accounts at all.
    '/atlas/es/countries/xr/',
    '/atlas/en/countries/xf/',
  ],
});
