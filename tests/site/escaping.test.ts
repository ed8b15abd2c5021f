/**
 * Builds a temporary copy of the project with the fictional fixture content (tests/support/project.ts).
 * These need builds of their own: deliberately bad content, and a build that must fail atomically.
 *
 * 1. Content strings are text, never markup. `<script>alert(1)</script>` and an `onerror` image are
 *    put in a country summary, an account note and an article's title and summary; the build runs
 *    with ATLAS_CONTENT_CHECK=warn, since the content check itself refuses HTML in text fields.
 *    Every built page must show them as text and hold no injected element or handler.
 * 2. A failed build leaves the previous output intact: an entry that imports code stops `npm run
 *    build` with file, line and reason, and the first build's files are byte for byte unchanged.
 * 3. The MDX guard inside the build stops such an entry even when the content check is bypassed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { fixtureContent, snapshot, tempProject, type ProjectCopy, type RunResult } from '../support/project.ts';

const script = '<script>alert(1)</script>';
const img = '<img src=x onerror=alert(1)>';
const slug = 'estudio-ficticio';

let project: ProjectCopy;
let first: RunResult;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? pages(full) : full.endsWith('.html') ? [full] : [];
  });
}
const page = (path: string) => parseHTML(readFileSync(join(project.outDir, path, 'index.html'), 'utf8')).document;

beforeAll(async () => {
  project = tempProject('escaping', fixtureContent);
  const xr = project.read('countries/xr.yaml');
  project.write(
    'countries/xr.yaml',
    xr
      .replace('    País ficticio de prueba.', `    ${script} País ficticio de prueba.`)
      .replace('    A fictional test country.', `    ${script} A fictional test country.`)
      .replace('          es: Nota ficticia sobre la cuenta principal.', `          es: ${JSON.stringify(img)} # Nota ficticia`),
  );
  for (const locale of ['es', 'en']) {
    const path = `articles/${locale}/${slug}.mdx`;
    project.write(path, project.read(path).replace(/^title: (.*)$/m, (_m, t: string) => `title: ${JSON.stringify(`${t.replace(/^"|"$/g, '')} ${script}`)}`).replace(/^summary: (.*)$/m, (_m, s: string) => `summary: ${JSON.stringify(`${img} ${s.replace(/^"|"$/g, '')}`)}`));
  }
  first = await project.build({ ATLAS_CONTENT_CHECK: 'warn' });
}, 300_000);

afterAll(() => project?.remove());

describe('content strings on the built pages', () => {
  it('built despite the markup, the check only warning', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(first.output).toContain('HTML is not allowed in text fields');
  });

  it('show the script tag as text on the country pages', () => {
    for (const locale of ['es', 'en']) {
      const doc = page(`${locale}/countries/xr`);
      expect(doc.body.textContent).toContain(script);
    }
    expect(page('es/countries/xr').body.textContent).toContain(img);
  });

  it('show the title and summary as text on the article page', () => {
    const doc = page(`en/articles/${slug}`);
    expect(doc.querySelector('h1')?.textContent).toContain(script);
    expect(doc.body.textContent).toContain(img);
    expect(doc.querySelector('title')?.textContent).toContain(script);
  });

  it('inject no element, handler or script anywhere in the site', () => {
    const all = pages(project.outDir);
    expect(all.length).toBeGreaterThan(20);
    let shown = 0;
    for (const file of all) {
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      const where = relative(project.outDir, file);
      for (const s of document.querySelectorAll('script')) expect(s.textContent ?? '', where).not.toContain('alert(1)');
      expect(document.querySelectorAll('[onerror]').length, where).toBe(0);
      expect(document.querySelectorAll('img[src="x"]').length, where).toBe(0);
      if ((document.body?.textContent ?? '').includes(script)) shown++;
    }
    expect(shown).toBeGreaterThan(3);
  });

  it('stay text in the feeds', () => {
    for (const locale of ['es', 'en']) {
      const feed = join(project.outDir, locale, 'rss.xml');
      const xml = readFileSync(feed, 'utf8');
      expect(xml).not.toContain(script);
      expect(xml).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;|<!\[CDATA\[[^\]]*<script>alert\(1\)<\/script>/);
    }
  });
});

describe('a failed build', () => {
  it('stops on an entry that imports code, naming file and line, and leaves the previous output as it was', async () => {
    expect(first.status).toBe(0);
    const before = snapshot(project.outDir);
    for (const locale of ['es', 'en']) {
      project.write(`articles/${locale}/entrada-rota.mdx`, `---\ntitle: Rota\nsummary: Rota.\npublished: 2020-01-01\nauthors: ["Equipo"]\n---\n\nimport fs from 'node:fs'\n\nTexto.\n`);
    }
    const second = await project.build();
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('content/articles/es/entrada-rota.mdx:8: (mdx): import statements are not allowed in entries');
    expect(second.output).toContain('the previous dist/ is left as it was');
    expect(snapshot(project.outDir)).toEqual(before);
    expect(existsSync(`${project.outDir}.partial`)).toBe(false);
  }, 300_000);

  it('is also stopped by the MDX guard inside Astro when the content check is bypassed', async () => {
    const before = snapshot(project.outDir);
    const third = await project.build({ ATLAS_CONTENT_CHECK: 'warn' });
    expect(third.status).not.toBe(0);
    expect(third.output).toMatch(/Unsafe MDX in content\/articles\/(es|en)\/entrada-rota\.mdx/);
    expect(snapshot(project.outDir)).toEqual(before);
  }, 300_000);

  it('stops on an entry that is a symbolic link, even when the check only warns, and publishes nothing of what it points to', async () => {
    const before = snapshot(project.outDir);
    for (const locale of ['es', 'en']) rmSync(join(project.content, 'articles', locale, 'entrada-rota.mdx'));
    writeFileSync(join(project.root, 'private-note.mdx'), `---\ntitle: Nota privada\nsummary: No publicar.\npublished: 2020-01-01\nauthors: ["Nadie"]\nsingleLanguage: true\n---\n\nTexto-privado-que-no-se-publica.\n`);
    symlinkSync(join(project.root, 'private-note.mdx'), join(project.content, 'articles', 'es', 'enlace.mdx'));
    const fourth = await project.build({ ATLAS_CONTENT_CHECK: 'warn' });
    expect(fourth.status).not.toBe(0);
    expect(fourth.output).toContain('content/articles/es/enlace.mdx:1: (file): symbolic links are not allowed in content/');
    expect(fourth.output).not.toContain('Texto-privado-que-no-se-publica');
    expect(snapshot(project.outDir)).toEqual(before);
  }, 300_000);
});
