/**
 * `npm run new`: every scaffold passes the content check as created, with a comment on every field,
 * placeholders reported as warnings, and no file ever overwritten. Each test scaffolds into a fresh
 * copy of the fictional fixture tree (tests/fixture-site/content), never the real content/, with ids
 * from the user-assigned ISO range (xq, Quinlandia) that no author will ever add, and refers to the
 * fixture's own sources, countries and tags.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { runNew, UsageError } from '../../scripts/new.ts';
import { locales } from '../../src/i18n/config.ts';
import { fixtureContentDir } from '../support/content.ts';

const temps: string[] = [];
let root = '';
let content = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  temps.push(root);
  content = join(root, 'content');
  cpSync(fixtureContentDir, content, { recursive: true });
});
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const check = () => checkContent(content, root);
const today = new Date().toISOString().slice(0, 10);

/** Top-level frontmatter keys that have no comment line right above them. */
function uncommentedKeys(yamlText: string): string[] {
  const lines = yamlText.split('\n');
  return lines.flatMap((line, i) => (/^[A-Za-z]\w*:/.test(line) && !lines[i - 1]?.startsWith('#') ? [line.split(':')[0]!] : []));
}

describe('npm run new -- country', () => {
  it('writes a profile that passes the check, with placeholders as warnings', () => {
    const [file] = runNew(['country', 'xq', '--name-es', 'Quinlandia', '--name-en', 'Quinland', '--source', 'ficticia-2020'], content);
    expect(file).toBe(join(content, 'countries', 'xq.yaml'));
    const { problems, warnings } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.filter((w) => w.file === 'content/countries/xq.yaml').length).toBeGreaterThan(3);
    const text = readFileSync(file!, 'utf8');
    const data = parse(text) as { iso: string; name: { es: string; en: string }; network: unknown };
    expect(data.iso).toBe('XQ');
    expect(data.name).toEqual({ es: 'Quinlandia', en: 'Quinland' });
    // No invented figure: the network is "no data" (no observation) until the author gives the source's counts.
    expect(data.network).toEqual([]);
    expect(uncommentedKeys(text)).toEqual([]);
  });

  it('refuses an id or ISO code already taken, and a source not in the bibliography', () => {
    const ruritania = readFileSync(join(content, 'countries', 'xr.yaml'), 'utf8');
    expect(() => runNew(['country', 'xr', '--name-es', 'X', '--name-en', 'X', '--source', 'ficticia-2020'], content)).toThrow(/already exists/);
    expect(readFileSync(join(content, 'countries', 'xr.yaml'), 'utf8')).toBe(ruritania);
    expect(() => runNew(['country', 'ruritania-bis', '--iso', 'XR', '--name-es', 'X', '--name-en', 'X', '--source', 'ficticia-2020'], content)).toThrow(/ISO code XR is already used by content\/countries\/xr.yaml/);
    expect(() => runNew(['country', 'xq', '--name-es', 'Quinlandia', '--name-en', 'Quinland', '--source', 'nobody-2020'], content)).toThrow(/unknown source "nobody-2020"/);
    expect(() => runNew(['country', 'xq', '--name-en', 'Quinland', '--source', 'ficticia-2020'], content)).toThrow(/--name-es/);
    expect(existsSync(join(content, 'countries', 'xq.yaml'))).toBe(false);
    expect(existsSync(join(content, 'countries', 'ruritania-bis.yaml'))).toBe(false);
  });
});

describe('npm run new -- article / interview', () => {
  it('writes both language twins that pass the check, read back with gray-matter', () => {
    const files = runNew(['article', 'quinlandia-de-prueba', '--title-es', 'Quinlandia de prueba', '--country', 'xr,xf', '--source', 'ficticia-2020', '--tag', 'fixture-policy'], content);
    // A twin in every declared language.
    expect(files).toEqual(locales.map((l) => join(content, 'articles', l, 'quinlandia-de-prueba.mdx')));
    const { problems, warnings } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.some((w) => w.file === 'content/articles/en/quinlandia-de-prueba.mdx' && w.field === 'title')).toBe(true);
    const es = readFrontmatter(readFileSync(files[0]!, 'utf8'));
    expect(es.data).toMatchObject({ title: 'Quinlandia de prueba', published: today, countries: ['xr', 'xf'], sources: ['ficticia-2020'], tags: ['fixture-policy'], format: 'article' });
    const en = readFrontmatter(readFileSync(files[1]!, 'utf8'));
    expect(en.data.title).toBe('TODO: title');
    expect(en.body).toContain('docs/authors-guide.en.md');
    const yamlText = readFileSync(files[0]!, 'utf8').split('---')[1]!;
    expect(uncommentedKeys(yamlText)).toEqual([]);
  });

  it('writes an interview in one language, marked singleLanguage, with every interview field', () => {
    const files = runNew(['interview', 'entrevista-quinlandia', '--only', 'es', '--interviewee', 'Quim Ficticio', '--original-url', 'https://revista.example.org/entrevista'], content);
    expect(files).toEqual([join(content, 'interviews', 'es', 'entrevista-quinlandia.mdx')]);
    expect(check().problems.map(formatProblem)).toEqual([]);
    const { data } = readFrontmatter(readFileSync(files[0]!, 'utf8'));
    expect(data).toMatchObject({ singleLanguage: true, interviewee: 'Quim Ficticio', originalUrl: 'https://revista.example.org/entrevista' });
    for (const field of ['intervieweeRole', 'interviewer', 'originalPublication']) expect(data[field]).toBeTruthy();
  });

  it('refuses a slug already used, in any collection or language, and unknown references', () => {
    expect(() => runNew(['interview', 'estudio-ficticio'], content)).toThrow(/already used by content\/articles\/es\/estudio-ficticio.mdx/);
    // Used in English only: a Spanish twin would still clash with it.
    expect(() => runNew(['article', 'english-only-note'], content)).toThrow(/already used by content\/articles\/en\/english-only-note.mdx/);
    expect(() => runNew(['article', 'nuevo', '--country', 'xq'], content)).toThrow(/unknown country "xq"/);
    expect(() => runNew(['article', 'nuevo', '--tag', 'no-such-tag'], content)).toThrow(/unknown tag "no-such-tag"/);
    expect(() => runNew(['article', 'Nuevo_Articulo'], content)).toThrow(/kebab-case/);
    expect(() => runNew(['article', 'nuevo', '--colour', 'red'], content)).toThrow(UsageError);
  });
});

describe('npm run new -- source', () => {
  it('appends a bibliography entry that other scaffolds can cite at once', () => {
    runNew(['source', 'quinlandia-2022', '--title', 'La diplomacia digital quinlandesa', '--type', 'article', '--author', 'Ficticio, Quim', '--date', '2022', '--url', 'https://revista.example.org/quinlandia-2022', '--language', 'es'], content);
    runNew(['country', 'xq', '--name-es', 'Quinlandia', '--name-en', 'Quinland', '--source', 'quinlandia-2022'], content);
    const { problems } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    const sources = parse(readFileSync(join(content, 'sources.yaml'), 'utf8')) as { id: string; authors: string[] }[];
    expect(sources.at(-1)).toMatchObject({ id: 'quinlandia-2022', authors: ['Ficticio, Quim'], date: '2022' });
    expect(() => runNew(['source', 'quinlandia-2022', '--title', 'Again'], content)).toThrow(/already in content\/sources.yaml/);
    expect(() => runNew(['source', 'ficticia-2020', '--title', 'Again'], content)).toThrow(/already in content\/sources.yaml/);
  });
});

describe('what npm run new is given', () => {
  it.each([
    ['a line break in a name', ['country', 'xq', '--name-es', 'Quinlandia\niso: XX', '--name-en', 'Quinland', '--source', 'ficticia-2020'], '--name-es'],
    ['a line break in the language', ['source', 'quinlandia-2022', '--title', 'T', '--language', 'es\nurl: https://evil.example'], '--language'],
    ['a tab in a title', ['article', 'quinlandia', '--title-es', 'Un\ttítulo', '--source', 'ficticia-2020'], '--title-es'],
    ['a carriage return in an author', ['source', 'quinlandia-2022', '--title', 'T', '--author', 'Ficticio, Quim\r'], '--author'],
  ])('refuses %s, and writes nothing', (_what, args, option) => {
    const before = readFileSync(join(content, 'sources.yaml'), 'utf8');
    expect(() => runNew(args, content)).toThrow(new RegExp(`${option} .*holds a line break or another control character`));
    expect(readFileSync(join(content, 'sources.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(content, 'countries', 'xq.yaml'))).toBe(false);
  });

  it('refuses a language that is not a language code', () => {
    expect(() => runNew(['source', 'quinlandia-2022', '--title', 'T', '--language', 'español: sí'], content)).toThrow(/--language "español: sí" must be a language code/);
  });

  it('writes awkward but valid text (quotes, colons, #, accents) so that it passes the check as given', () => {
    const title = 'Quinlandia: «diplomacia» #digital, "2.0" & más';
    runNew(['source', 'quinlandia-2022', '--title', title, '--author', "O'Brien, Seán", '--language', 'pt-BR'], content);
    runNew(['country', 'xq', '--name-es', 'Quinlandia: "la isla"', '--name-en', "Quinland #1", '--source', 'quinlandia-2022'], content);
    runNew(['article', 'quinlandia', '--title-es', title, '--title-en', title, '--source', 'quinlandia-2022', '--country', 'xq'], content);
    expect(check().problems.map(formatProblem)).toEqual([]);
    const sources = parse(readFileSync(join(content, 'sources.yaml'), 'utf8')) as { id: string; title: string; authors: string[] }[];
    expect(sources.at(-1)).toMatchObject({ title, authors: ["O'Brien, Seán"] });
    expect(parse(readFileSync(join(content, 'countries', 'xq.yaml'), 'utf8')).name).toEqual({ es: 'Quinlandia: "la isla"', en: 'Quinland #1' });
    expect(readFrontmatter(readFileSync(join(content, 'articles', 'es', 'quinlandia.mdx'), 'utf8')).data.title).toBe(title);
  });
});

describe('the command line', () => {
  it('prints what it created, and usage with exit code 2 on a mistake', () => {
    const script = join(process.cwd(), 'scripts', 'new.ts');
    const ok = spawnSync(process.execPath, [script, 'article', 'nota-breve-quinlandia', '--note'], { cwd: root, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('content/articles/es/nota-breve-quinlandia.mdx');
    expect(existsSync(join(content, 'articles', 'es', 'nota-breve-quinlandia.mdx'))).toBe(true);
    const bad = spawnSync(process.execPath, [script, 'podcast', 'x'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown kind "podcast"');
    expect(bad.stderr).toContain('Usage:');
  });
});
