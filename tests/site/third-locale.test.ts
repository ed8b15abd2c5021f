/**
 * A third language, partly translated, on the fixture site (built under /atlas/): its
 * content/locales.yaml declares es, en and fr; content/ui/fr.yaml translates a handful of interface
 * strings; Ruritania (countries/xr.yaml) has a French name and nothing else French; the article
 * bilingue-es-fr exists in Spanish and French only; the methodology page has no French version.
 * Expected values are written by hand from those files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, pageDocument, readBuilt, text } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const site = builtSite('fixture');
const page = (path: string) => pageDocument(site, path);
const hreflangs = (doc: Document) => [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));

describe('a partly translated third language', () => {
  it('has its pages, in its language, with its number format', () => {
    const doc = page('/fr/countries/xr/');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    // fr-FR groups thousands with a narrow no-break space.
    expect(doc.querySelector('main')!.textContent).toContain('123\u202f456');
  });

  it('shows its own UI strings, and the missing ones in Spanish marked lang="es"', () => {
    const doc = page('/fr/');
    const nav = [...doc.querySelectorAll('.site-nav a')];
    expect(nav.map((a) => text(a))).toContain('Pays');
    expect(nav.find((a) => text(a) === 'Pays')!.querySelector('[lang]')).toBeNull();
    const search = doc.querySelector('.header-search__label')!;
    expect(text(search)).toBe('Buscar');
    expect(search.querySelector('span[lang="es"]')).not.toBeNull();
  });

  it('gives a field its French text where it has one, and the Spanish one marked, with a note for a whole block', () => {
    expect(text(page('/fr/countries/xr/').querySelector('h1'))).toBe('Ruritanie');
    const xf = page('/fr/countries/xf/');
    expect(xf.querySelector('h1 > span[lang="es"]')?.textContent).toBe('Freedonia');
    expect(xf.querySelector('.lead > span[lang="es"]')).not.toBeNull();
    expect(text(xf.querySelector('.lead + .note'))).toContain('espagnol');
  });

  it('leaves no fallback mark in any built file', () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : /\.(html|xml|csv|json|txt)$/.test(f) && files.push(join(dir, f))));
    walk(site.dist);
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect(readFileSync(f, 'utf8').includes('\uE000'), f).toBe(false);
  });

  it('offers every other language from a menu that works without JavaScript', () => {
    const menu = page('/fr/').querySelector('details.lang-menu')!;
    expect(menu).not.toBeNull();
    expect([...menu.querySelectorAll('a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')])).toEqual([
      ['es', '/atlas/es/'],
      ['en', '/atlas/en/'],
    ]);
    expect([...page('/es/').querySelectorAll('details.lang-menu a')].map((a) => text(a))).toEqual(['English', 'Français']);
  });
});

describe('an entry in two of the three languages', () => {
  it('has its French page, paired with the Spanish one only', () => {
    const doc = page('/fr/articles/bilingue-es-fr/');
    expect(text(doc.querySelector('h1'))).toBe('Note d’essai en espagnol et en français');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(hreflangs(doc).filter((h) => h !== 'x-default').sort()).toEqual(['es', 'fr']);
    expect(sitemapPaths(site)).toEqual(expect.arrayContaining(['/atlas/es/articles/bilingue-es-fr/', '/atlas/fr/articles/bilingue-es-fr/']));
    expect(sitemapPaths(site)).not.toContain('/atlas/en/articles/bilingue-es-fr/');
  });

  it('gets an English notice pointing to both versions, kept out of search engines', () => {
    const doc = page('/en/articles/bilingue-es-fr/');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const notice = doc.querySelector('.fallback-notice')!;
    expect(text(notice)).toContain('written in Spanish and French');
    expect([...notice.querySelectorAll('.fallback-notice__versions a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/atlas/es/articles/bilingue-es-fr/', 'Read the original in Spanish'],
      ['/atlas/fr/articles/bilingue-es-fr/', 'Read the French version'],
    ]);
  });

  it('is listed in English with a badge naming the languages it has', () => {
    const link = page('/en/articles/').querySelector('.entry-list a[href="/atlas/en/articles/bilingue-es-fr/"]')!;
    expect(text(link.closest('.entry-item')!.querySelector('.badge'))).toBe('Only in Spanish and French');
  });

  it('is in the French feed', () => {
    expect(readBuilt(site, 'fr/rss.xml')).toContain('https://example.github.io/atlas/fr/articles/bilingue-es-fr/');
    expect(readBuilt(site, 'en/rss.xml')).not.toContain('bilingue-es-fr');
  });
});

describe('a page a language does not have (the methodology in French)', () => {
  it('shows the Spanish page marked lang="es" under a note, noindex, out of the sitemap and of hreflang', () => {
    const doc = page('/fr/methodology/');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('main .notice[role="note"]')).not.toBeNull();
    expect(doc.querySelector('main div[lang="es"] h1')).not.toBeNull();
    expect(sitemapPaths(site)).not.toContain('/atlas/fr/methodology/');
    expect(hreflangs(page('/es/methodology/'))).not.toContain('fr');
  });
});

describe('the data downloads', () => {
  it('have a column per language, empty where a text is not translated', () => {
    const [header, ...rows] = readBuilt(site, 'data/accounts.csv').trim().split('\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['country_name_es', 'country_name_en', 'country_name_fr']));
    const at = columns.indexOf('country_name_fr');
    const xr = rows.find((r) => r.startsWith('xr,'))!.split(',');
    expect(xr[at]).toBe('Ruritanie');
    const xb = rows.find((r) => r.startsWith('xb,'))!.split(',');
    expect(xb[at]).toBe('');
  });
});

describe('npm run check on a partly translated language', () => {
  const project = join(site.dist, '..');
  it('warns with the count of untranslated UI strings, and fails only with --strict', () => {
    const plain = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project, encoding: 'utf8' });
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toMatch(/content\/ui\/fr\.yaml:1: \(UI strings\): \d+ of \d+ interface strings not translated into fr/);
    const strict = spawnSync(process.execPath, ['scripts/check.ts', '--strict'], { cwd: project, encoding: 'utf8' });
    expect(strict.status).toBe(1);
  });
});
