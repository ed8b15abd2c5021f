/**
 * The account directory over the built site (dist/, or ATLAS_OUT_DIR), in both languages: every
 * account of every country file is a row with its platform, handle or "not named", institution,
 * country, creation dates (with the "sources disagree" badge), latest figures with their as-of
 * date and source; the filter controls and data hooks are in the markup; the page is in the main
 * navigation. The filtering itself runs in Chromium: tests/e2e/reader2-browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allPages, readPage } from '../support/dist.ts';
import { loadAtlasFromFiles } from '../support/content.ts';
import { locales, type Locale } from '../../src/i18n/config.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { deployTarget } from '../../src/lib/deploy.ts';
import { directory, directoryFacets, latestObservations } from '../../src/lib/directory.ts';

const data = loadAtlasFromFiles();
const { base } = deployTarget();
const doc = (path: string) => parseHTML(readPage(path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const allAccounts = data.countries.flatMap((c) => c.institutions.flatMap((i) => i.accounts.map((a) => ({ country: c, institution: i, account: a }))));

describe('directory derivation', () => {
  it('keeps every account, groups by country and institution, and takes the latest figure of each metric', () => {
    const dir = directory(data, 'es');
    expect(dir.reduce((n, c) => n + c.count, 0)).toBe(allAccounts.length);
    expect(directoryFacets(dir, data).total).toBe(allAccounts.length);
    const latest = latestObservations([
      { metric: 'followers', value: 1, qualifier: 'exact', asOf: '2019-02', asOfStated: true, source: 's' },
      { metric: 'posts', value: 5, qualifier: 'exact', asOf: '2019-02', asOfStated: true, source: 's' },
      { metric: 'followers', value: 2, qualifier: 'exact', asOf: '2024-05', asOfStated: true, source: 't' },
    ]);
    expect(latest.map((o) => [o.metric, o.value])).toEqual([['followers', 2], ['posts', 5]]);
  });
});

for (const locale of locales) {
  const t = useTranslations(locale);
  const path = `/${locale}/directory/`;

  describe(`account directory (${locale})`, () => {
    const d = doc(path);
    const rows = [...d.querySelectorAll('tr[data-p]')];

    it('is in the main navigation of every page of the language', () => {
      const pages = allPages().filter((p) => p.startsWith(`/${locale}/`));
      expect(pages.length).toBeGreaterThan(5);
      for (const p of pages) {
        const link = doc(p).querySelector(`header nav a[href="${base}${locale}/directory/"]`);
        expect(text(link), p).toBe(t('directory.nav'));
      }
      expect(d.querySelector(`header nav a[href="${base}${locale}/directory/"]`)?.getAttribute('aria-current')).toBe('page');
    });

    it('lists every account of every country once, under its country and institution', () => {
      expect(rows).toHaveLength(allAccounts.length);
      for (const country of data.countries) {
        const section = d.querySelector(`section[data-c="${country.id}"]`);
        expect(text(section?.querySelector('h2')), country.id).toBe(country.name[locale]);
        for (const institution of country.institutions.filter((i) => i.accounts.length)) {
          const group = [...(section?.querySelectorAll(`tbody[data-k="${institution.kind}"]`) ?? [])].find((g) => text(g.querySelector('tr.dir-inst')).includes(institution.name[locale]));
          expect(group, `${country.id}/${institution.id}`).toBeTruthy();
          expect(group!.querySelectorAll('tr[data-p]')).toHaveLength(institution.accounts.length);
          expect([...group!.querySelectorAll('tr[data-p]')].map((r) => r.getAttribute('data-p')).sort()).toEqual(institution.accounts.map((a) => a.platform).sort());
        }
      }
      expect(text(d.querySelector('[role="status"]'))).toContain(String(allAccounts.length));
    });

    it('shows handle and link, creation date, latest figures with as-of date, and the source', () => {
      const row = rows.find((r) => text(r).includes('@SRE_mx'))!;
      expect(row.querySelector('a[href="https://twitter.com/SRE_mx"]')?.textContent).toBe('@SRE_mx');
      expect(row.getAttribute('data-p')).toBe('twitter');
      expect(row.closest('tbody')?.getAttribute('data-k')).toBe('foreign-ministry');
      expect(row.closest('section')?.getAttribute('data-c')).toBe('mx');
      const cells = row.querySelectorAll('td');
      expect(text(cells[0])).toBe(locale === 'es' ? 'diciembre de 2009' : 'December 2009');
      expect(text(cells[1])).toContain(locale === 'es' ? '870.000 seguidores' : '870,000 followers');
      expect(text(cells[1])).toContain(locale === 'es' ? '35.000 publicaciones' : '35,000 posts');
      expect(text(cells[1])).toContain(locale === 'es' ? 'a febrero de 2019' : 'as of February 2019');
      const cite = row.querySelector(`th a[href="${base}${locale}/sources/#benayas-2021"]`);
      expect(text(cite)).toBe('Benayas, 2021');
    });

    it('says when the source names no handle, and marks inferred as-of dates', () => {
      const imr = rows.find((r) => r.closest('tbody')?.getAttribute('data-k') === 'diplomatic-academy' && r.closest('section')?.getAttribute('data-c') === 'mx')!;
      expect(text(imr.querySelector('th'))).toContain(t('account.noHandle'));
      expect(text(imr.querySelectorAll('td')[1])).toContain(locale === 'es' ? '22.000 seguidores' : '22,000 followers');
      expect(text(imr.querySelectorAll('td')[1])).toContain('*');
      expect(text(d.querySelector('.dir-notes'))).toContain(t('data.asOfInferredNote'));
    });

    it('marks conflicting creation claims with the "sources disagree" badge and keeps every claim', () => {
      const conflicting = allAccounts.filter(({ account }) => {
        const dates = account.created.map((c) => c.date);
        return dates.some((a) => dates.some((b) => !a.startsWith(b) && !b.startsWith(a)));
      });
      expect(conflicting.length).toBeGreaterThan(0);
      const badged = rows.filter((r) => r.querySelector('.badge'));
      expect(badged).toHaveLength(conflicting.length);
      for (const r of badged) expect(text(r.querySelector('.badge'))).toBe(t('data.conflict'));
      const youtube = badged.find((r) => r.closest('section')?.getAttribute('data-c') === 'cl' && r.getAttribute('data-p') === 'youtube')!;
      expect(text(youtube.querySelectorAll('td')[0])).toContain('2014');
      expect(text(youtube.querySelectorAll('td')[0])).toContain(locale === 'es' ? 'agosto de 2017' : 'August 2017');
    });

    it('has the filter controls (hidden until the script runs), a status region and a jump list for readers without JavaScript', () => {
      const filters = d.querySelector('[data-filters]')!;
      expect(filters.hasAttribute('hidden')).toBe(true);
      const options = (name: string) => [...filters.querySelectorAll(`select[name="${name}"] option`)].map((o) => o.getAttribute('value'));
      expect(options('country')).toEqual(['', ...data.countries.map((c) => c.id).sort((a, b) => data.countries.find((c) => c.id === a)!.name[locale].localeCompare(data.countries.find((c) => c.id === b)!.name[locale], locale))]);
      expect(options('kind').slice(1).sort()).toEqual([...new Set(allAccounts.map((a) => a.institution.kind))].sort());
      expect(options('platform').slice(1).sort()).toEqual([...new Set(allAccounts.map((a) => a.account.platform))].sort());
      for (const select of filters.querySelectorAll('select')) expect(select.closest('label'), 'each select has its label').toBeTruthy();
      expect(d.querySelector('[role="status"]')).toBeTruthy();
      const jumps = [...d.querySelectorAll('.dir-jump a')].map((a) => a.getAttribute('href'));
      expect(jumps.sort()).toEqual(data.countries.map((c) => `#dir-${c.id}`).sort());
      for (const href of jumps) expect(d.getElementById(href!.slice(1)), href!).toBeTruthy();
    });

    it('keeps rows lean: no inline styles, no scoped-style attributes in the list', () => {
      const list = d.querySelector('atlas-directory')!.outerHTML;
      expect(list).not.toMatch(/\sstyle=/);
      expect(list).not.toMatch(/data-astro-cid/);
    });
  });
}
