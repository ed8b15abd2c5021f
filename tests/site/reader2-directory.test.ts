/**
 * The account directory on the fixture site (tests/fixture-site/content, built under /atlas/), in
 * both languages: every account of every country file is a row with its platform, handle or "not
 * named", institution, country, creation dates (with the "sources disagree" badge), latest figures
 * with their as-of date and source; a country with no accounts (Freedonia) has no section; the
 * filter controls and data hooks are in the markup; the page is in the main navigation. Expected
 * values are written by hand from the fixture's country files. The filtering itself runs in
 * Chromium: tests/e2e/reader2-browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, builtSite, pageDocument, text } from '../support/sites.ts';
import { loadAtlasFromFiles } from '../support/content.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { directory, directoryFacets, latestObservations } from '../../src/lib/directory.ts';

const site = builtSite('fixture');
const base = '/atlas/';
const doc = (path: string) => pageDocument(site, path);
/** A cell's lines, as its <br>s break them. */
const lines = (el: Element | undefined) => (el?.innerHTML ?? '').split(/<br\s*\/?>/).map((html) => html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim());

/** The fixture's accounts, by hand: Ruritania 8, Freedonia none, five bulk countries 13 Twitter accounts each. */
const accounts = 8 + 5 * 13;
/** Countries with accounts, in the order of their names (the same in both languages). */
const withAccounts = [
  ['xb', 'Borduria'], ['xe', 'Elbonia'], ['xg', 'Genovia'], ['xk', 'Kravia'], ['xl', 'Latveria'], ['xr', 'Ruritania'],
] as const;
/** Ruritania's institutions with accounts: id, kind, name in each language, platforms of its accounts. */
const ruritania = [
  { id: 'gob', kind: 'government', name: { es: 'Gobierno de Ruritania', en: 'Government of Ruritania' }, platforms: ['twitter', 'mastodon'] },
  { id: 'mae', kind: 'foreign-ministry', name: { es: 'Ministerio de Asuntos Exteriores de Ruritania', en: 'Ruritanian Ministry of Foreign Affairs (MAE)' }, platforms: ['twitter', 'twitter', 'facebook', 'youtube', 'instagram'] },
  { id: 'promo', kind: 'trade-promotion', name: { es: 'Agencia de Promoción de Ruritania', en: 'Ruritania Promotion Agency' }, platforms: ['twitter'] },
];

describe('directory derivation', () => {
  it('keeps every account, groups by country and institution, and takes the latest figure of each metric', () => {
    const data = loadAtlasFromFiles();
    const dir = directory(data, 'es');
    expect(dir.reduce((n, c) => n + c.count, 0)).toBe(accounts);
    expect(directoryFacets(dir, data).total).toBe(accounts);
    const latest = latestObservations([
      { metric: 'followers', value: 1, qualifier: 'exact', asOf: '2019-02', asOfStated: true, source: 's' },
      { metric: 'posts', value: 5, qualifier: 'exact', asOf: '2019-02', asOfStated: true, source: 's' },
      { metric: 'followers', value: 2, qualifier: 'exact', asOf: '2024-05', asOfStated: true, source: 't' },
    ]);
    expect(latest.map((o) => [o.metric, o.value])).toEqual([['followers', 2], ['posts', 5]]);
  });
});

// The fixture's two complete languages (its French pages: tests/site/third-locale.test.ts).
for (const locale of ['es', 'en']) {
  const t = useTranslations(locale);
  const path = `/${locale}/directory/`;

  describe(`account directory (${locale})`, () => {
    const d = doc(path);
    const rows = [...d.querySelectorAll('tr[data-p]')];

    it('is in the main navigation of every page of the language', () => {
      // Embed pages (a chart alone, framed by other sites) have no navigation: tests/site/charts-embed.test.ts.
      const pages = contentPages(site).filter((p) => p.startsWith(`/${locale}/`) && !p.includes('/embed/'));
      expect(pages.length).toBeGreaterThan(5);
      for (const p of pages) {
        const link = doc(p).querySelector(`header nav a[href="${base}${locale}/directory/"]`);
        expect(text(link), p).toBe(t('directory.nav'));
      }
      expect(d.querySelector(`header nav a[href="${base}${locale}/directory/"]`)?.getAttribute('aria-current')).toBe('page');
    });

    it('lists every account of every country once, under its country and institution', () => {
      expect(rows).toHaveLength(accounts);
      expect([...d.querySelectorAll('section[data-c]')].map((sec) => [sec.getAttribute('data-c'), text(sec.querySelector('h2'))])).toEqual(withAccounts);
      for (const [c] of withAccounts.filter(([c]) => c !== 'xr')) {
        const bulk = d.querySelectorAll(`section[data-c="${c}"] tbody[data-k="foreign-ministry"] tr[data-p="twitter"]`);
        expect(bulk, c).toHaveLength(13);
      }
      const section = d.querySelector('section[data-c="xr"]')!;
      for (const institution of ruritania) {
        const group = [...section.querySelectorAll(`tbody[data-k="${institution.kind}"]`)].find((g) => text(g.querySelector('tr.dir-inst')).includes((institution.name as Record<string, string>)[locale]!));
        expect(group, institution.id).toBeTruthy();
        expect([...group!.querySelectorAll('tr[data-p]')].map((r) => r.getAttribute('data-p')).sort(), institution.id).toEqual([...institution.platforms].sort());
      }
      expect(text(d.querySelector('[role="status"]'))).toContain(String(accounts));
    });

    it('leaves out a country with no accounts (Freedonia): no section, no filter option, no jump link', () => {
      expect(d.querySelector('section[data-c="xf"]')).toBeNull();
      expect(d.querySelector('select[name="country"] option[value="xf"]')).toBeNull();
      expect(d.querySelector('.dir-jump a[href="#dir-xf"]')).toBeNull();
    });

    it('shows handle and link, creation date, latest figure of each metric with its as-of date, and the sources', () => {
      const row = rows.find((r) => text(r).includes('@MAE_Ruritania'))!;
      expect(row.querySelector('a[href="https://twitter.example.org/MAE_Ruritania"]')?.textContent).toBe('@MAE_Ruritania');
      expect(row.getAttribute('data-p')).toBe('twitter');
      expect(row.closest('tbody')?.getAttribute('data-k')).toBe('foreign-ministry');
      expect(row.closest('section')?.getAttribute('data-c')).toBe('xr');
      const cells = row.querySelectorAll('td');
      expect(text(cells[0])).toBe(locale === 'es' ? 'mayo de 2010' : 'May 2010');
      // Followers: the later figure (2024-05) replaces the first (2020-03); posts have one figure.
      expect(lines(cells[1])).toEqual(locale === 'es' ? ['234.567 seguidores', 'a mayo de 2024', '4200 publicaciones', 'a marzo de 2020'] : ['234,567 followers', 'as of May 2024', '4,200 posts', 'as of March 2020']);
      expect(text(cells[1])).not.toContain(locale === 'es' ? '123.456' : '123,456');
      const cites = [...row.querySelectorAll('th a.cite, th a[href*="/sources/"]')];
      expect(cites.map((a) => [a.getAttribute('href'), text(a)])).toEqual([
        [`${base}${locale}/sources/#ficticia-2020`, 'Ejemplo & Prueba, 2020'],
        [`${base}${locale}/sources/#fixture-count-2024`, 'Fixture follow-up count (not a real source), 2024'],
      ]);
    });

    it('says when the source names no handle', () => {
      const gob = rows.filter((r) => r.closest('section')?.getAttribute('data-c') === 'xr' && r.closest('tbody')?.getAttribute('data-k') === 'government');
      expect(gob).toHaveLength(2);
      for (const r of gob) expect(text(r.querySelector('th'))).toContain(t('account.noHandle'));
      // Nothing but the platform: one cell says so, instead of a "no data" under each heading.
      for (const r of gob) expect([...r.querySelectorAll('td')].map((c) => [text(c), c.getAttribute('colspan')])).toEqual([[locale === 'es' ? 'Citada en la fuente, sin fecha ni cifras' : 'Named in the source, with no date or figures', '2']]);
    });

    it('marks an as-of date the source does not state (the collection period) with an asterisk, explained below', () => {
      const promo = rows.find((r) => text(r).includes('@PromoRuritania'))!;
      expect(lines(promo.querySelectorAll('td')[1])).toEqual(locale === 'es' ? ['unos 45.000 seguidores', 'a marzo de 2020*'] : ['about 45,000 followers', 'as of March 2020*']);
      expect(text(d.querySelector('.dir-notes'))).toContain(t('data.asOfInferredNote'));
    });

    it('marks conflicting creation claims with the "sources disagree" badge and keeps every claim', () => {
      // Only Ruritania's MAE YouTube channel has claims that disagree (2011 and 2013-06).
      const badged = rows.filter((r) => r.querySelector('.badge'));
      expect(badged).toHaveLength(1);
      const youtube = badged[0]!;
      expect([youtube.closest('section')?.getAttribute('data-c'), youtube.getAttribute('data-p')]).toEqual(['xr', 'youtube']);
      expect(text(youtube.querySelector('.badge'))).toBe(t('data.conflict'));
      expect(text(youtube.querySelectorAll('td')[0])).toContain('2011');
      expect(text(youtube.querySelectorAll('td')[0])).toContain(locale === 'es' ? 'junio de 2013' : 'June 2013');
    });

    it('has the filter controls (hidden until the script runs), a status region and a jump list for readers without JavaScript', () => {
      const filters = d.querySelector('[data-filters]')!;
      expect(filters.hasAttribute('hidden')).toBe(true);
      const options = (name: string) => [...filters.querySelectorAll(`select[name="${name}"] option`)].map((o) => o.getAttribute('value'));
      expect(options('country')).toEqual(['', ...withAccounts.map(([c]) => c)]);
      expect(options('kind').slice(1).sort()).toEqual(['foreign-ministry', 'government', 'trade-promotion']);
      expect(options('platform').slice(1).sort()).toEqual(['facebook', 'instagram', 'mastodon', 'twitter', 'youtube']);
      for (const select of filters.querySelectorAll('select')) expect(select.closest('label'), 'each select has its label').toBeTruthy();
      expect(d.querySelector('[role="status"]')).toBeTruthy();
      const jumps = [...d.querySelectorAll('.dir-jump a')].map((a) => a.getAttribute('href'));
      expect(jumps).toEqual(withAccounts.map(([c]) => `#dir-${c}`));
      for (const href of jumps) expect(d.getElementById(href!.slice(1)), href!).toBeTruthy();
    });

    it('keeps rows lean: no inline styles, no scoped-style attributes in the list', () => {
      const list = d.querySelector('atlas-directory')!.outerHTML;
      expect(list).not.toMatch(/\sstyle=/);
      expect(list).not.toMatch(/data-astro-cid/);
    });
  });
}
