/**
 * Wording that fits any source, on the fixture site. The UI was first written for one study, and said
 * "the study" about facts that, once countries are added, come from other sources. Expected texts
 * are written by hand from tests/fixture-site/content: Freedonia (xf.yaml) has no accounts; in
 * Ruritania (xr.yaml) only the government ("gob", no abbreviation) offers participation, noted as
 * "Fictional public consultations."; the network figures of xr are read in fixture-index-table, a
 * source with no date and no author (sources.yaml).
 */
import { describe, expect, it } from 'vitest';
import { builtSite, pageDocument, text } from '../support/sites.ts';

const site = builtSite('fixture');
const main = (path: string) => text(pageDocument(site, path).querySelector('main'));

describe('wording neutral to the source', () => {
  it.each([
    ['es', /\b(el|del|al) estudio\b/i],
    ['en', /\bthe study\b/i],
  ])('never says "the study" on the pages built from data alone (%s)', (locale, study) => {
    for (const page of ['countries/xr/', 'countries/xf/', 'compare/', 'directory/', 'data/']) {
      expect(main(`/${locale}/${page}`), `/${locale}/${page}`).not.toMatch(study);
    }
  });

  it.each([
    ['es', 'Las fuentes no registran cuentas oficiales.'],
    ['en', 'No official accounts are recorded in the sources.'],
  ])('says that the sources record no accounts for an institution without any (%s)', (locale, sentence) => {
    expect(main(`/${locale}/countries/xf/`)).toContain(sentence);
  });

  it.each([
    ['es', '† Ofrece al público una forma de participar: Gobierno de Ruritania (Ruritania): Consultas públicas ficticias.'],
    ['en', '† Offers the public a way to take part: Government of Ruritania (Ruritania): Fictional public consultations.'],
  ])('names each institution with a participation mechanism under the presence table, with its own note (%s)', (locale, note) => {
    const doc = pageDocument(site, `/${locale}/compare/`);
    expect([...doc.querySelectorAll('.table-notes p')].map(text)).toContain(note);
    // The mark follows the institution's name, not the cell of another column (it once sat beside "Blog").
    const name = locale === 'es' ? 'Gobierno de Ruritania' : 'Government of Ruritania';
    expect([...doc.querySelectorAll('#table-presence td .muted')].map(text)).toContain(`${name} †`);
  });

  it.each([
    ['es', 'Fixture table of network indexes (not a real source), s. f.'],
    ['en', 'Fixture table of network indexes (not a real source), n.d.'],
  ])('writes "no date" in the page\'s language in in-text citations (%s)', (locale, citation) => {
    const cites = [...pageDocument(site, `/${locale}/countries/xr/`).querySelectorAll('a.cite')].map(text);
    expect(cites).toContain(citation);
  });
});
