/**
 * The content check: reads every file under `content/`, validates it against the schemas and checks
 * that every reference resolves. Used by `npm run check` and, before anything is written, by the build.
 * Problems are reported all at once as `file:line: field: message (expected ..., got ...)`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { countrySchema } from '../schemas/country.ts';
import { articleSchema, interviewSchema } from '../schemas/entry.ts';
import { featureSchema, institutionKindSchema, platformSchema, sourceSchema } from '../schemas/vocabularies.ts';
import { locales } from '../i18n/config.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { mdxComponentNames } from './mdx-components-list.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  expected?: string;
  got?: string;
}

export function formatProblem(p: Problem): string {
  const detail = p.expected !== undefined ? ` (expected ${p.expected}${p.got !== undefined ? `, got ${p.got}` : ''})` : '';
  return `${p.file}:${p.line}: ${p.field || '(file)'}: ${p.message}${detail}`;
}

type Path = (string | number)[];

/** A parsed YAML text that can tell the line of any field. */
class YamlSource {
  readonly doc: Document;
  readonly file: string;
  private readonly lines = new LineCounter();
  private readonly lineOffset: number;
  constructor(file: string, text: string, lineOffset = 0) {
    this.file = file;
    this.lineOffset = lineOffset;
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }
  /** The line of the deepest existing node on the path (1-based, in the whole file). */
  lineOf(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const pair = depth > 0 ? this.keyNode(path.slice(0, depth)) : undefined;
      const offset = pair ?? node?.range?.[0];
      if (offset !== undefined) return this.lines.linePos(offset).line + this.lineOffset;
    }
    return 1 + this.lineOffset;
  }
  /** Offset of the key of a map entry, so that a problem points at `field:` rather than its value. */
  private keyNode(path: Path): number | undefined {
    const last = path[path.length - 1];
    if (typeof last !== 'string') return undefined;
    const parent = this.doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
    const item = parent?.items?.find((i) => i.key?.value === last);
    return item?.key?.range?.[0];
  }
  syntaxProblems(): Problem[] {
    return this.doc.errors.map((e) => ({
      file: this.file,
      line: (e.linePos?.[0]?.line ?? 1) + this.lineOffset,
      field: '(yaml)',
      message: `the file is not valid YAML: ${e.message.split('\n')[0]}`,
      expected: 'well-formed YAML',
    }));
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldName(path: Path): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** Turns Zod issues into problems that name the file, the line, the field, the value and what was expected. */
function schemaProblems(src: YamlSource, data: unknown, schema: z.ZodType, base: Path = []): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...base, ...(issue.path as Path), key];
        problems.push({ file: src.file, line: src.lineOf(path), field: fieldName(path), message: 'unknown field', expected: 'only the fields the schema defines (see the authors\' guide)', got: show(key) });
      }
      continue;
    }
    const path = [...base, ...(issue.path as Path)];
    const got = valueAt(data, issue.path as Path);
    const missing = got === undefined;
    let expected = issue.message;
    if (issue.code === 'invalid_type') expected = issue.message.startsWith('Invalid input') ? String((issue as { expected?: string }).expected) : issue.message;
    if (issue.code === 'invalid_value') expected = `one of ${(issue as { values: unknown[] }).values.map((v) => JSON.stringify(v)).join(', ')}`;
    problems.push({
      file: src.file,
      line: src.lineOf(path),
      field: fieldName(path),
      message: missing ? 'required field is missing' : 'invalid value',
      expected,
      got: missing ? undefined : show(got),
    });
  }
  return problems;
}

/** A list of ids with the line each is defined on. */
type IdIndex = Map<string, true>;

interface Vocabulary<T> {
  ids: IdIndex;
  items: T[];
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function listEntries(dir: string): { locale: string; file: string; slug: string }[] {
  const out: { locale: string; file: string; slug: string }[] = [];
  if (!existsSync(dir)) return out;
  for (const locale of readdirSync(dir).sort()) {
    const sub = join(dir, locale);
    if (!existsSync(sub) || extname(sub)) continue;
    for (const f of readdirSync(sub).sort()) {
      if (/\.mdx?$/.test(f)) out.push({ locale, file: join(sub, f), slug: basename(f, extname(f)) });
    }
  }
  return out;
}

export interface CheckResult {
  problems: Problem[];
  files: number;
}

/** Checks everything under `contentDir`; `root` is used to print paths relative to the project. */
export function checkContent(contentDir: string, root = join(contentDir, '..')): CheckResult {
  const problems: Problem[] = [];
  let files = 0;
  const rel = (f: string) => relative(root, f);

  function readYaml(file: string): { src: YamlSource; data: unknown } | undefined {
    files++;
    const src = new YamlSource(rel(file), readFileSync(file, 'utf8'));
    const syntax = src.syntaxProblems();
    if (syntax.length) {
      problems.push(...syntax);
      return undefined;
    }
    return { src, data: src.doc.toJS() };
  }

  function loadVocabulary<T extends { id: string }>(name: string, schema: z.ZodType<T>): Vocabulary<T> & { src?: YamlSource } {
    const file = join(contentDir, name);
    const vocab: Vocabulary<T> & { src?: YamlSource } = { ids: new Map(), items: [] };
    if (!existsSync(file)) {
      problems.push({ file: rel(file), line: 1, field: '(file)', message: 'vocabulary file is missing', expected: `a YAML list in ${rel(file)}` });
      return vocab;
    }
    const read = readYaml(file);
    if (!read) return vocab;
    vocab.src = read.src;
    if (!Array.isArray(read.data)) {
      problems.push({ file: read.src.file, line: 1, field: '(file)', message: 'invalid value', expected: 'a YAML list of entries', got: show(read.data) });
      return vocab;
    }
    read.data.forEach((item, i) => {
      const found = schemaProblems(read.src, item, schema, [i]);
      problems.push(...found);
      const itemId = (item as { id?: unknown })?.id;
      if (typeof itemId === 'string') {
        if (vocab.ids.has(itemId)) problems.push({ file: read.src.file, line: read.src.lineOf([i, 'id']), field: `[${i}].id`, message: 'duplicate id', expected: 'ids that are unique in the file', got: show(itemId) });
        vocab.ids.set(itemId, true);
      }
      if (!found.length) vocab.items.push(schema.parse(item));
    });
    return vocab;
  }

  const sources = loadVocabulary('sources.yaml', sourceSchema);
  const platforms = loadVocabulary('platforms.yaml', platformSchema);
  const features = loadVocabulary('features.yaml', featureSchema);
  const kinds = loadVocabulary('institution-kinds.yaml', institutionKindSchema);

  function checkRef(src: YamlSource, path: Path, value: unknown, vocab: { ids: IdIndex }, what: string, where: string) {
    if (typeof value !== 'string' || vocab.ids.has(value)) return;
    problems.push({ file: src.file, line: src.lineOf(path), field: fieldName(path), message: `unknown ${what} id`, expected: `an id defined in ${where}`, got: show(value) });
  }

  /** Every `source:` and `sources:` anywhere in a document must be in the bibliography. */
  function checkSources(src: YamlSource, data: unknown, path: Path = []) {
    if (Array.isArray(data)) return data.forEach((v, i) => checkSources(src, v, [...path, i]));
    if (data === null || typeof data !== 'object') return;
    for (const [key, value] of Object.entries(data)) {
      if (key === 'source') checkRef(src, [...path, key], value, sources, 'source', 'content/sources.yaml');
      else if (key === 'sources' && Array.isArray(value)) value.forEach((v, i) => checkRef(src, [...path, key, i], v, sources, 'source', 'content/sources.yaml'));
      else checkSources(src, value, [...path, key]);
    }
  }

  // Countries.
  const countryIds: IdIndex = new Map();
  for (const file of listYaml(join(contentDir, 'countries'))) {
    const countryId = basename(file).replace(/\.ya?ml$/, '');
    countryIds.set(countryId, true);
    const read = readYaml(file);
    if (!read) continue;
    const { src, data } = read;
    if (!/^[a-z0-9-]+$/.test(countryId)) problems.push({ file: src.file, line: 1, field: '(file name)', message: 'invalid file name', expected: 'a lowercase id such as "mx.yaml"', got: show(basename(file)) });
    const found = schemaProblems(src, data, countrySchema);
    problems.push(...found);
    checkSources(src, data);
    const country = data as Partial<z.infer<typeof countrySchema>>;
    const institutions = Array.isArray(country?.institutions) ? country.institutions : [];
    const institutionIds = new Set<string>();
    institutions.forEach((inst, i) => {
      if (!inst || typeof inst !== 'object') return;
      if (institutionIds.has(inst.id)) problems.push({ file: src.file, line: src.lineOf(['institutions', i, 'id']), field: `institutions[${i}].id`, message: 'duplicate institution id', expected: 'ids unique within the country', got: show(inst.id) });
      institutionIds.add(inst.id);
      checkRef(src, ['institutions', i, 'kind'], inst.kind, kinds, 'institution kind', 'content/institution-kinds.yaml');
      const seen = new Set<string>();
      (Array.isArray(inst.accounts) ? inst.accounts : []).forEach((acc, j) => {
        if (!acc || typeof acc !== 'object') return;
        checkRef(src, ['institutions', i, 'accounts', j, 'platform'], acc.platform, platforms, 'platform', 'content/platforms.yaml');
        const key = `${acc.platform} ${(acc.handle ?? acc.url ?? '').toLowerCase()}`;
        if (seen.has(key)) problems.push({ file: src.file, line: src.lineOf(['institutions', i, 'accounts', j]), field: `institutions[${i}].accounts[${j}]`, message: 'account listed twice', expected: 'each account once per institution (add observations to the existing one)', got: show(`${acc.platform} ${acc.handle ?? ''}`.trim()) });
        seen.add(key);
      });
    });
    if (typeof country?.foreignMinistry === 'string' && institutions.length && !institutionIds.has(country.foreignMinistry)) {
      problems.push({ file: src.file, line: src.lineOf(['foreignMinistry']), field: 'foreignMinistry', message: 'unknown institution id', expected: `the id of one of this file's institutions (${[...institutionIds].join(', ')})`, got: show(country.foreignMinistry) });
    }
    const values = country?.websiteFeatures?.values;
    if (values && typeof values === 'object') {
      for (const key of Object.keys(values)) checkRef(src, ['websiteFeatures', 'values', key], key, features, 'website feature', 'content/features.yaml');
    }
  }

  // Articles and interviews.
  const slugsByLocale = new Map<string, Map<string, string>>();
  for (const [collection, schema] of [
    ['articles', articleSchema],
    ['interviews', interviewSchema],
  ] as const) {
    const entries = listEntries(join(contentDir, collection));
    const byKey = new Map(entries.map((e) => [`${e.locale}/${e.slug}`, e]));
    for (const entry of entries) {
      files++;
      const fileRel = rel(entry.file);
      if (!(locales as readonly string[]).includes(entry.locale)) {
        problems.push({ file: fileRel, line: 1, field: '(folder)', message: 'unknown locale folder', expected: `one of ${locales.join(', ')}`, got: show(entry.locale) });
        continue;
      }
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.slug)) problems.push({ file: fileRel, line: 1, field: '(file name)', message: 'invalid slug', expected: 'a lowercase kebab-case file name such as "my-article.mdx"', got: show(basename(entry.file)) });
      const claimed = slugsByLocale.get(entry.locale) ?? new Map<string, string>();
      slugsByLocale.set(entry.locale, claimed);
      const other = claimed.get(entry.slug.toLowerCase());
      if (other) problems.push({ file: fileRel, line: 1, field: '(slug)', message: `slug already used by ${other}`, expected: 'a slug no other entry in this language uses', got: show(entry.slug) });
      claimed.set(entry.slug.toLowerCase(), fileRel);

      const text = readFileSync(entry.file, 'utf8');
      const split = splitFrontmatter(text);
      if (split.kind === 'executable') {
        problems.push({ file: fileRel, line: 1, field: '(frontmatter)', message: `executable frontmatter ("---${split.language}") is not allowed`, expected: 'YAML frontmatter opened by "---"', got: show(`---${split.language}`) });
        continue;
      }
      if (split.kind === 'missing') {
        problems.push({ file: fileRel, line: 1, field: '(frontmatter)', message: 'frontmatter is missing', expected: 'a YAML block between "---" lines at the top of the file' });
        continue;
      }
      const src = new YamlSource(fileRel, split.yaml, 1);
      const syntax = src.syntaxProblems();
      if (syntax.length) {
        problems.push(...syntax);
        continue;
      }
      const data = src.doc.toJS() ?? {};
      problems.push(...schemaProblems(src, data, schema));
      checkSources(src, data);
      const fm = data as { countries?: unknown; singleLanguage?: unknown };
      if (Array.isArray(fm.countries)) fm.countries.forEach((c, i) => checkRef(src, ['countries', i], c, { ids: countryIds }, 'country', 'content/countries/'));
      const missingTwins = locales.filter((l) => l !== entry.locale && !byKey.has(`${l}/${entry.slug}`));
      if (missingTwins.length && fm.singleLanguage !== true) {
        problems.push({ file: fileRel, line: 1, field: 'singleLanguage', message: `no translation twin in ${missingTwins.map((l) => `content/${collection}/${l}/${entry.slug}.mdx`).join(', ')}`, expected: 'a twin file with the same name in every language, or "singleLanguage: true"', got: 'no twin' });
      }
      problems.push(...checkMdxBody(fileRel, split.body, split.bodyLine));
    }
  }

  return { problems, files };
}

/** MDX is code: only the documented components, no imports, exports or expressions. */
export function checkMdxBody(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((raw, i) => {
    const line = firstLine + i;
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    if (fenceMatch) {
      fence = fence === fenceMatch[1] ? null : (fence ?? fenceMatch[1]!);
      return;
    }
    if (fence) return;
    const text = raw.replace(/`[^`]*`/g, '');
    if (/^\s*(import|export)\b/.test(text)) {
      problems.push({ file, line, field: '(mdx)', message: 'import and export statements are not allowed in entries', expected: 'only the documented components, used without import', got: show(text.trim()) });
      return;
    }
    for (const m of text.matchAll(/<\/?([A-Za-z][\w.:-]*)/g)) {
      const name = m[1]!;
      if (/^[a-z]/.test(name)) {
        problems.push({ file, line, field: '(mdx)', message: `raw HTML <${name}> is not allowed`, expected: 'Markdown, or one of the documented components', got: show(`<${name}>`) });
      } else if (!mdxComponentNames.includes(name)) {
        problems.push({ file, line, field: '(mdx)', message: `unknown component <${name}>`, expected: `one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`, got: show(`<${name}>`) });
      }
    }
    if (/\{/.test(text.replace(/\\\{/g, ''))) {
      problems.push({ file, line, field: '(mdx)', message: 'JavaScript expressions in braces are not allowed', expected: 'plain text (write \\{ for a literal brace)', got: show(text.trim()) });
    }
  });
  return problems;
}
