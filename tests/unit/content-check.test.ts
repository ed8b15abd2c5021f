/**
 * The bad-content corpus: each folder of tests/fixtures/bad/ is one mistake, written as a small
 * overlay on a temporary copy of the fictional fixture tree tests/fixture-site/content/ (files at
 * their path inside content/; never the real content/, so that no case depends on what authors add), plus
 * `_case.yaml`, which says what is wrong and exactly which problems the check must report: file,
 * line, field and words of the message. No other problem may be reported.
 *
 * `_case.yaml` fields: description; problems (list of { file, line, field, message, expected? });
 * remove (paths inside content/ to delete first); edits (list of { file, append } on the base tree's files);
 * what git does not hold well: outside (files written in the project but outside content/, path → text),
 * links (symbolic links made in content/: { path, to }, `to` relative to the project), folders (empty
 * folders made in content/), texts (files written in content/, path → text, for control characters).
 * In `problems`, a line "+N" counts from the start of the appended text and "[*]" in a field
 * stands for any list index, so cases that append to the vocabularies survive their growth.
 *
 * The real content/ is only checked as a gate: whatever it holds, it has no problems.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkContent, formatProblem, type Problem } from '../../src/lib/content-check.ts';
import { fixtureContentDir, realContentDir } from '../support/content.ts';

const corpus = join(process.cwd(), 'tests', 'fixtures', 'bad');

interface Expected {
  file: string;
  line: number | string;
  field: string;
  message: string;
  expected?: string;
}
interface Case {
  description: string;
  problems: Expected[];
  remove?: string[];
  edits?: { file: string; append: string }[];
  outside?: Record<string, string>;
  links?: { path: string; to: string }[];
  folders?: string[];
  texts?: Record<string, string>;
}

const cases = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory())
  .sort()
  .map((name) => ({ name, spec: parse(readFileSync(join(corpus, name, '_case.yaml'), 'utf8')) as Case }));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A project folder holding a copy of the fixture tree with the case applied; returns its root. */
function applyCase(name: string, spec: Case): { root: string; appendedAt: Map<string, number> } {
  const root = mkdtempSync(join(tmpdir(), `atlas-bad-${name}-`));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(fixtureContentDir, content, { recursive: true });
  for (const path of spec.remove ?? []) rmSync(join(content, path), { force: true });
  const appendedAt = new Map<string, number>();
  for (const edit of spec.edits ?? []) {
    const before = readFileSync(join(content, edit.file), 'utf8');
    appendedAt.set(`content/${edit.file}`, before.split('\n').length - (before.endsWith('\n') ? 1 : 0));
    appendFileSync(join(content, edit.file), edit.append);
  }
  const overlay = join(corpus, name);
  cpSync(overlay, content, { recursive: true, filter: (src) => relative(overlay, src) !== '_case.yaml' });
  for (const [path, text] of Object.entries(spec.outside ?? {})) write(join(root, path), text);
  for (const [path, text] of Object.entries(spec.texts ?? {})) write(join(content, path), text);
  for (const link of spec.links ?? []) {
    mkdirSync(dirname(join(content, link.path)), { recursive: true });
    symlinkSync(join(root, link.to), join(content, link.path));
  }
  for (const folder of spec.folders ?? []) mkdirSync(join(content, folder), { recursive: true });
  return { root, appendedAt };
}

function matches(p: Problem, e: Expected, appendedAt: Map<string, number>): boolean {
  const line = typeof e.line === 'string' && e.line.startsWith('+') ? (appendedAt.get(e.file) ?? 0) + Number(e.line.slice(1)) : Number(e.line);
  const field = new RegExp(`^${e.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\[\\\*\\\]/g, '\\[\\d+\\]')}$`);
  return p.file === e.file && p.line === line && field.test(p.field) && p.message.includes(e.message) && (e.expected === undefined || (p.expected ?? '').includes(e.expected));
}

describe('the real content (gate: holds for any content)', () => {
  it('has no problems', () => {
    const { problems, files } = checkContent(realContentDir, process.cwd());
    expect(problems.map(formatProblem)).toEqual([]);
    // The vocabularies alone are five files: a check that read nothing would pass with no problems.
    expect(files).toBeGreaterThan(5);
  });
});

describe('the fixture tree the corpus is laid over', () => {
  it('has no problems, so each case reports only its own mistake', () => {
    const { problems } = checkContent(fixtureContentDir, process.cwd());
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the bad-content corpus', () => {
  it('has at least 30 cases, each describing its mistake and the problems expected', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const { name, spec } of cases) {
      expect(spec.description, name).toBeTruthy();
      expect(Array.isArray(spec.problems) && spec.problems.length > 0, `${name}: problems`).toBe(true);
    }
  });

  it.each(cases)('$name: reports exactly the expected file, line and field', ({ name, spec }) => {
    const { root, appendedAt } = applyCase(name, spec);
    const { problems } = checkContent(join(root, 'content'), root);
    const report = problems.map(formatProblem).join('\n');
    for (const e of spec.problems) {
      expect(problems.some((p) => matches(p, e, appendedAt)), `${spec.description}\nexpected ${JSON.stringify(e)}\nin:\n${report}`).toBe(true);
    }
    expect(problems.length, `${spec.description}: only the expected problems\n${report}`).toBe(spec.problems.length);
    // The printed form names the file, line and field first, as authors and editors expect.
    for (const p of problems) expect(formatProblem(p).startsWith(`${p.file}:${p.line}: ${p.field}: `)).toBe(true);
  });
});
