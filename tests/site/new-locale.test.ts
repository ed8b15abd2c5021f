/**
 * The maintainer's path to more languages, as "Adding a language" in the authors' guide tells it: in
 * a copy of the project with the real content/, `npm run new -- locale pt --name Português` and then
 * a fourth, `npm run new -- locale de --name Deutsch`, with nothing translated yet. The check passes
 * (warning, and failing only with --strict), the build passes, and the new languages have their
 * pages, formats, switch, hreflang and sitemap entries only where a page exists in them.
 *
 * It builds its own copy because it changes the list of languages; the content gates are the static
 * ones (links, language switch, HTML), over every page. Nothing here names today's countries or entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { locales, localeTags } from '../../src/i18n/config.ts';
import { htmlErrors } from '../support/gates/html.ts';
import { languageSwitchProblems, linkProblems } from '../support/gates/links.ts';
import { tempProject, type ProjectCopy, type RunResult } from '../support/project.ts';
import { builtSite, contentPages, pageDocument, type BuiltSite } from '../support/sites.ts';
import { sitemapPaths } from '../support/sitemap.ts';

vi.setConfig({ testTimeout: 60_000 });

/** Two languages the project does not have yet (a maintainer may have added Portuguese already). */
const [third, fourth] = (
  [
    ['pt', 'Português', 'pt-BR'],
    ['de', 'Deutsch', 'de-DE'],
    ['it', 'Italiano', 'it-IT'],
    ['nl', 'Nederlands', 'nl-NL'],
  ] as const
).filter(([code]) => !locales.includes(code));

let project: ProjectCopy;
const made: RunResult[] = [];
let check: RunResult;
let strict: RunResult;
let build: RunResult;
let site: BuiltSite;

beforeAll(async () => {
  project = tempProject('new-locale');
  for (const [code, name] of [third!, fourth!]) made.push(await project.run('scripts/new.ts', ['locale', code, '--name', name]));
  check = await project.run('scripts/check.ts');
  strict = await project.run('scripts/check.ts', ['--strict']);
  build = await project.build();
  site = { ...builtSite('real'), dist: project.outDir, content: project.content, fingerprint: 'new-locale' };
}, 300_000);

afterAll(() => project?.remove());

const doc = (path: string) => pageDocument(site, path);
const hreflangs = (d: Document) => [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang')).filter((h) => h !== 'x-default');

describe('npm run new -- locale, twice', () => {
  it('adds each language to content/locales.yaml with its Intl tag and writes its dictionary to translate', () => {
    for (const r of made) expect(r.status, r.output).toBe(0);
    expect(made[0]!.output).toContain(`interface strings in content/ui/${third![0]}.yaml`);
    const list = parse(project.read('locales.yaml')) as { code: string; name: string; intl: string; dir: string }[];
    expect(list.map((l) => l.code)).toEqual([...locales, third![0], fourth![0]]);
    expect(list.slice(-2).map((l) => [l.name, l.intl, l.dir])).toEqual([third!, fourth!].map(([, name, intl]) => [name, intl, 'ltr']));
    // Every string is there to translate, as a comment holding the Spanish text.
    expect(project.read(`ui/${third![0]}.yaml`)).toMatch(/^# nav\.home: "Inicio"$/m);
  });

  it('refuses a language that is already there, writing nothing', async () => {
    const before = project.read('locales.yaml');
    const again = await project.run('scripts/new.ts', ['locale', third![0], '--name', third![1]]);
    expect(again.status).toBe(2);
    expect(again.output).toMatch(/already in content\/locales\.yaml/);
    expect(project.read('locales.yaml')).toBe(before);
  });

  it('leaves a check that passes with a warning per language, and fails only with --strict', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(new RegExp(`content/ui/${third![0]}\\.yaml:1: \\(UI strings\\): (\\d+) of \\1 interface strings not translated into ${third![0]}`));
    expect(check.output).toContain(`content/ui/${fourth![0]}.yaml:1: (UI strings)`);
    expect(strict.status).toBe(1);
  });

  it('builds', () => expect(build.status, build.output).toBe(0));
});

describe('the new languages in the built site', () => {
  it('have their pages, in their language, with their date format', () => {
    for (const [code, , intl] of [third!, fourth!]) {
      const d = doc(`/${code}/data/`);
      expect(d.documentElement.getAttribute('lang')).toBe(code);
      const time = d.querySelector('time[datetime]')!;
      const [y, m, day] = time.getAttribute('datetime')!.split('-').map(Number);
      const month = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, day ?? 1)));
      if (m) expect(time.textContent, code).toContain(month);
    }
  });

  it('offer every language from a menu on every page', () => {
    const menu = doc(`/${third![0]}/`).querySelector('details.lang-menu')!;
    const others = [...locales.map((l) => [l, localeTags[l]!.name]), [fourth![0], fourth![1]]];
    expect([...menu.querySelectorAll('a')].map((a) => [a.getAttribute('hreflang'), a.textContent!.trim()])).toEqual(others);
  });

  it('list a page in hreflang and the sitemap only where it exists in that language', () => {
    expect(hreflangs(doc('/es/'))).toEqual([...locales, third![0], fourth![0]]);
    const inSitemap = sitemapPaths(site);
    expect(inSitemap).toContain(`/${third![0]}/`);
    // No entry is written in Portuguese or German yet: their addresses are notice pages, kept out.
    const added = new RegExp(`^/(${third![0]}|${fourth![0]})/`);
    const entryPages = contentPages(site).filter((p) => added.test(p) && /^\/[^/]+\/(articles|interviews)\/[^/]+\/$/.test(p));
    expect(entryPages.length).toBeGreaterThan(0);
    for (const p of entryPages) {
      expect(doc(p).querySelector('meta[name="robots"]')?.getAttribute('content'), p).toBe('noindex');
      expect(inSitemap, p).not.toContain(p);
      expect(hreflangs(doc(p)), p).not.toContain(p.slice(1, 3));
    }
    // The methodology page is borrowed from Spanish, under a note: not a page in Portuguese.
    expect(doc(`/${third![0]}/methodology/`).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(inSitemap).not.toContain(`/${third![0]}/methodology/`);
  });

  it('mark what is still in Spanish with lang="es"', () => {
    expect(doc(`/${fourth![0]}/`).querySelector('header span[lang="es"]')).not.toBeNull();
    expect(readFileSync(join(site.dist, fourth![0], 'index.html'), 'utf8')).not.toContain('\uE000');
  });

  it('pass the static content gates on every page of the new languages: HTML, links, language switch', async () => {
    const problems: string[] = [];
    const external = new Map<string, Set<string>>();
    for (const page of contentPages(site).filter((p) => p.startsWith(`/${third![0]}/`) || p.startsWith(`/${fourth![0]}/`))) {
      problems.push(...linkProblems(site, page, external).map((p) => `${page}: ${p}`));
      problems.push(...languageSwitchProblems(site, page).map((p) => `${page}: ${p}`));
      problems.push(...(await htmlErrors(site, page)).map((p) => `${page}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
