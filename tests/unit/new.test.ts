/**
 * `npm run new`: every scaffold passes the content check as created, with a comment on every field,
 * placeholders reported as warnings, and no file ever overwritten.
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

const temps: string[] = [];
let root = '';
let content = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  temps.push(root);
  content = join(root, 'content');
  cpSync(join(process.cwd(), 'content'), content, { recursive: true });
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
    const [file] = runNew(['country', 'pe', '--name-es', 'Perú', '--name-en', 'Peru', '--source', 'benayas-2021'], content);
    expect(file).toBe(join(content, 'countries', 'pe.yaml'));
    const { problems, warnings } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.filter((w) => w.file === 'content/countries/pe.yaml').length).toBeGreaterThan(3);
    const text = readFileSync(file!, 'utf8');
    const data = parse(text) as { iso: string; name: { es: string; en: string }; network: { embassies: { total: unknown } } };
    expect(data.iso).toBe('PE');
    expect(data.name).toEqual({ es: 'Perú', en: 'Peru' });
    // No invented figure: the network is "no data" until the author gives the source's counts.
    expect(data.network.embassies.total).toBeNull();
    expect(uncommentedKeys(text)).toEqual([]);
  });

  it('refuses an id or ISO code already taken, and a source not in the bibliography', () => {
    expect(() => runNew(['country', 'mx', '--name-es', 'X', '--name-en', 'X', '--source', 'benayas-2021'], content)).toThrow(/already exists/);
    expect(() => runNew(['country', 'mexico', '--iso', 'MX', '--name-es', 'X', '--name-en', 'X', '--source', 'benayas-2021'], content)).toThrow(/ISO code MX is already used by content\/countries\/mx.yaml/);
    expect(() => runNew(['country', 'pe', '--name-es', 'Perú', '--name-en', 'Peru', '--source', 'nobody-2020'], content)).toThrow(/unknown source "nobody-2020"/);
    expect(() => runNew(['country', 'pe', '--name-es', 'Perú', '--source', 'benayas-2021'], content)).toThrow(/--name-en/);
    expect(existsSync(join(content, 'countries', 'pe.yaml'))).toBe(false);
  });
});

describe('npm run new -- article / interview', () => {
  it('writes both language twins that pass the check, read back with gray-matter', () => {
    const files = runNew(['article', 'diplomacia-digital-peru', '--title-es', 'Diplomacia digital en Perú', '--country', 'mx,cl', '--source', 'benayas-2021', '--tag', 'public-diplomacy'], content);
    expect(files).toEqual([join(content, 'articles', 'es', 'diplomacia-digital-peru.mdx'), join(content, 'articles', 'en', 'diplomacia-digital-peru.mdx')]);
    const { problems, warnings } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.some((w) => w.file === 'content/articles/en/diplomacia-digital-peru.mdx' && w.field === 'title')).toBe(true);
    const es = readFrontmatter(readFileSync(files[0]!, 'utf8'));
    expect(es.data).toMatchObject({ title: 'Diplomacia digital en Perú', published: today, countries: ['mx', 'cl'], sources: ['benayas-2021'], tags: ['public-diplomacy'], format: 'article' });
    const en = readFrontmatter(readFileSync(files[1]!, 'utf8'));
    expect(en.data.title).toBe('TODO: title');
    expect(en.body).toContain('docs/authors-guide.en.md');
    const yamlText = readFileSync(files[0]!, 'utf8').split('---')[1]!;
    expect(uncommentedKeys(yamlText)).toEqual([]);
  });

  it('writes an interview in one language, marked singleLanguage, with every interview field', () => {
    const files = runNew(['interview', 'una-entrevista', '--only', 'es', '--interviewee', 'Ana Pérez', '--original-url', 'https://revista.example.org/entrevista'], content);
    expect(files).toEqual([join(content, 'interviews', 'es', 'una-entrevista.mdx')]);
    expect(check().problems.map(formatProblem)).toEqual([]);
    const { data } = readFrontmatter(readFileSync(files[0]!, 'utf8'));
    expect(data).toMatchObject({ singleLanguage: true, interviewee: 'Ana Pérez', originalUrl: 'https://revista.example.org/entrevista' });
    for (const field of ['intervieweeRole', 'interviewer', 'originalPublication']) expect(data[field]).toBeTruthy();
  });

  it('refuses a slug already used, in any collection or language, and unknown references', () => {
    expect(() => runNew(['interview', 'diplomacia-y-era-digital'], content)).toThrow(/already used by content\/articles\/es\/diplomacia-y-era-digital.mdx/);
    expect(() => runNew(['article', 'nuevo', '--country', 'zz'], content)).toThrow(/unknown country "zz"/);
    expect(() => runNew(['article', 'Nuevo_Articulo'], content)).toThrow(/kebab-case/);
    expect(() => runNew(['article', 'nuevo', '--colour', 'red'], content)).toThrow(UsageError);
  });
});

describe('npm run new -- source', () => {
  it('appends a bibliography entry that other scaffolds can cite at once', () => {
    runNew(['source', 'perez-2022', '--title', 'La diplomacia digital peruana', '--type', 'article', '--author', 'Pérez, Ana', '--date', '2022', '--url', 'https://revista.example.org/perez-2022', '--language', 'es'], content);
    runNew(['country', 'pe', '--name-es', 'Perú', '--name-en', 'Peru', '--source', 'perez-2022'], content);
    const { problems } = check();
    expect(problems.map(formatProblem)).toEqual([]);
    const sources = parse(readFileSync(join(content, 'sources.yaml'), 'utf8')) as { id: string; authors: string[] }[];
    expect(sources.at(-1)).toMatchObject({ id: 'perez-2022', authors: ['Pérez, Ana'], date: '2022' });
    expect(() => runNew(['source', 'perez-2022', '--title', 'Again'], content)).toThrow(/already in content\/sources.yaml/);
  });
});

describe('the command line', () => {
  it('prints what it created, and usage with exit code 2 on a mistake', () => {
    const script = join(process.cwd(), 'scripts', 'new.ts');
    const ok = spawnSync(process.execPath, [script, 'article', 'nota-breve', '--note'], { cwd: root, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('content/articles/es/nota-breve.mdx');
    const bad = spawnSync(process.execPath, [script, 'podcast', 'x'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown kind "podcast"');
    expect(bad.stderr).toContain('Usage:');
  });
});
