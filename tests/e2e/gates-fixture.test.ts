/**
 * Browser gates on the fictional fixture site, served under /atlas/ (see gates.ts): not every page
 * (the real site's gates do that), but each page where the fixture holds a case the real content may
 * not have yet.
 */
import { browserGates } from './gates.ts';

browserGates('fixture', [
  // Seven countries, more than 60 accounts: charts summarised per country, the chooser's long list.
  '/atlas/es/compare/',
  '/atlas/en/directory/',
  // Every kind of figure and date; a country with no accounts at all; a country with 13 accounts.
  '/atlas/es/countries/xr/',
  '/atlas/en/countries/xf/',
  '/atlas/es/countries/xb/',
  // Every MDX component; a fallback page each way; an interview.
  '/atlas/en/articles/estudio-ficticio/',
  '/atlas/en/articles/solo-en-espanol/',
  '/atlas/es/articles/english-only-note/',
  '/atlas/es/interviews/entrevista-ficticia/',
]);
