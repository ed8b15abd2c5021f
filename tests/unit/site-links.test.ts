/**
 * Links and images from entries into the site (src/lib/site-links.ts): which paths are pages, which
 * images are in public/, and the base path the build adds. Expectations written by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imagePathProblem, localePages, sitePathProblem, withBase, type SiteIndex } from '../../src/lib/site-links.ts';

const site: SiteIndex = {
  locales: ['es', 'en'],
  countries: new Set(['xr', 'xf']),
  entries: {
    // "estudio" is at "study" in English; the tag "politica" at "policy" in English (slugs per language).
    articles: { slugs: new Set(['estudio']), tags: new Set(['politica']), countries: new Set(['xr']), localSlugs: new Set(['es/estudio', 'en/study']), localTags: new Set(['es/politica', 'en/policy']) },
    interviews: { slugs: new Set(['charla']), tags: new Set(), countries: new Set() },
  },
};

describe('a link from the site root', () => {
  it.each(['/', '/es/', '/en/compare/', '/es/countries/', '/es/countries/xf/', '/en/articles/estudio/', '/es/interviews/charla/', '/es/articles/tags/politica/', '/en/articles/countries/xr/', '/es/compare/#tabla-presencia', '/es/search/?q=twitter', '/data/presence.csv', '/en/articles/study/', '/en/articles/tags/policy/'])('%s is a page', (url) => {
    expect(sitePathProblem(url, site)).toBeUndefined();
  });

  it.each([
    ['/es/countries/zz/', 'a country the atlas does not have'],
    ['/es/articles/charla/', 'an entry that is not in content/articles/'],
    ['/es/articles/study/', 'an entry that is not in content/articles/'],
    ['/es/articles/tags/policy/', 'a tag no entry in content/articles/ has'],
    ['/es/interviews/tags/politica/', 'a tag no entry in content/interviews/ has'],
    ['/es/interviews/countries/xr/', 'a country no entry in content/interviews/ is about'],
    ['/es/acerca/', 'a page the site does not have'],
    ['/fr/', "outside the site's languages"],
    ['/atlas/es/compare/', "outside the site's languages"],
    ['/es/compare', 'without its closing "/"'],
  ])('%s is not: %s', (url, message) => {
    expect(sitePathProblem(url, site)?.message).toContain(message);
  });
});

describe('pages every locale has', () => {
  it('are the pages under src/pages/[lang]/ without a parameter, plus the entry listings', () => {
    const files = readdirSync(join(process.cwd(), 'src', 'pages', '[lang]')).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, '').replace(/^index$/, ''));
    // A folder is a page when it has an index, or pages whose first is its own address (directory/); (embed/ holds only /<lang>/embed/<chart>/, for other sites' frames, not for entries to link).
    const dirs = readdirSync(join(process.cwd(), 'src', 'pages', '[lang]'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('[') && ['index.astro', '[...page].astro'].some((f) => existsSync(join(process.cwd(), 'src', 'pages', '[lang]', d.name, f))))
      .map((d) => d.name);
    expect([...localePages].sort()).toEqual([...files, ...dirs, 'articles', 'interviews'].sort());
  });
});

describe('an image from the site root', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-public-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const publicDir = join(root, 'public');
  mkdirSync(join(publicDir, 'images'), { recursive: true });
  writeFileSync(join(publicDir, 'images', 'mapa de méxico.png'), 'png');
  writeFileSync(join(root, 'secret.png'), 'png');
  symlinkSync(join(root, 'secret.png'), join(publicDir, 'images', 'link.png'));

  it('is found in public/, spaces and accents written as in a URL', () => {
    expect(imagePathProblem('/images/mapa%20de%20m%C3%A9xico.png', publicDir)).toBeUndefined();
  });
  it('with a malformed %-escape is a clear problem, not a crash', () => {
    expect(imagePathProblem('/images/100%.png', publicDir)?.message).toBe('image path with a malformed %-escape');
  });
  it.each(['/images/otro.png', '/images/', '/../secret.png', '/images/link.png'])('%s is not (missing, a folder, outside public/, a link)', (url) => {
    expect(imagePathProblem(url, publicDir)?.message).toBe('image not found in public/');
  });
});

describe('the base path', () => {
  it('is added to paths from the root only', () => {
    expect(withBase('/es/compare/', '/atlas/')).toBe('/atlas/es/compare/');
    expect(withBase('/es/compare/', '/')).toBe('/es/compare/');
    expect(withBase('/images/a.png', '/atlas')).toBe('/atlas/images/a.png');
    for (const url of ['https://example.org/', '//cdn.example.org/a.png', '#notes', 'mailto:a@example.org']) expect(withBase(url, '/atlas/')).toBe(url);
  });
});
