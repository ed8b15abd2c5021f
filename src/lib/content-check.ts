/**
 * The content check: reads every file under `content/`, validates it against the schemas and checks
 * that every reference resolves. Used by `npm run check` and, before anything is written, by the build.
 * Problems are reported all at once as `file:line: field: message (expected ..., got ...)`.
 *
 * What it checks, and why each rule exists, is listed for authors in docs/authors-guide.*.md
 * ("What the error messages mean"); keep the two in step.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { countrySchema, type Country } from '../schemas/country.ts';
import { articleSchema, interviewSchema, methodologySchema } from '../schemas/entry.ts';
import { changeSchema, featureSchema, findingSchema, institutionKindSchema, platformSchema, sourceSchema, tagSchema } from '../schemas/vocabularies.ts';
import { defaultLocale, locales } from '../i18n/config.ts';
import { chartSpecs } from './charts.ts';
import { mapProblem } from './map.ts';
import type { AtlasData, CountryRecord, EntryKind } from './model.ts';
import { splitFrontmatter, type Split } from './frontmatter.ts';
import { findingFigure, findingTextProblem } from './findings.ts';
import { imagePathProblem, isExternal, isSitePath, sitePathProblem, type SiteIndex } from './site-links.ts';
import { twinSlugs } from './entries.ts';
import { isMdxComponent, mdxComponentNames, mdxComponentProps, parseMdx, propKind, type ComponentSpec, type MdastNode, type PropKind } from './mdx.ts';

export { mdxComponentProps };

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  expected?: string;
  got?: string;
  /** Stops the build even when the check only warns (ATLAS_CONTENT_CHECK=warn) and the dev server: a file the site must never read. */
  unsafe?: true;
}

export function formatProblem(p: Problem): string {
  const detail = p.expected !== undefined ? ` (expected ${p.expected}${p.got !== undefined ? `, got ${p.got}` : ''})` : '';
  return `${p.file}:${p.line}: ${p.field || '(file)'}: ${p.message}${detail}`;
}

type Path = (string | number)[];

/**
 * A YAML text: its data, and the line of any field. js-yaml, the parser Astro reads content files
 * with, gives the data (ten times faster than `yaml` on a few megabytes of countries); the `yaml`
 * document, which keeps every node's position, is parsed only when a problem needs a line.
 */
class YamlSource {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  /** Why js-yaml rejected the text (syntax, a duplicate key, a tag, several documents), if it did. */
  private readonly rejected?: YAMLException;
  private readonly lineOffset: number;
  private positions?: { doc: Document; lines: LineCounter };
  constructor(file: string, text: string, lineOffset = 0) {
    this.file = file;
    this.text = text;
    this.lineOffset = lineOffset;
    try {
      // The core schema reads dates as text and knows no tags beyond !!str, !!int and the like, as `yaml` does.
      this.data = loadYaml(text, { schema: CORE_SCHEMA });
    } catch (e) {
      if (!(e instanceof YAMLException)) throw e;
      this.rejected = e;
    }
  }
  private parsed(): { doc: Document; lines: LineCounter } {
    if (!this.positions) {
      const lines = new LineCounter();
      this.positions = { doc: parseDocument(this.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
    }
    return this.positions;
  }
  private get doc(): Document {
    return this.parsed().doc;
  }
  /** The line of the deepest existing node on the path (1-based, in the whole file). */
  lineOf(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const pair = depth > 0 ? this.keyNode(path.slice(0, depth)) : undefined;
      const offset = pair ?? node?.range?.[0];
      if (offset !== undefined) return this.lineAt(offset);
    }
    return 1 + this.lineOffset;
  }
  lineAt(offset: number): number {
    return this.parsed().lines.linePos(offset).line + this.lineOffset;
  }
  /** Offset of the key of a map entry, so that a problem points at `field:` rather than its value. */
  private keyNode(path: Path): number | undefined {
    const last = path[path.length - 1];
    if (typeof last !== 'string') return undefined;
    const parent = this.doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined;
    const item = parent?.items?.find((i) => i.key?.value === last);
    return item?.key?.range?.[0];
  }
  /**
   * What makes the text unusable as data, before anything reads it: a NUL character, syntax errors,
   * tags such as `!!js/function` or `!!binary` (YAML here is plain data), and aliases past a small
   * bound.
   */
  syntaxProblems(): Problem[] {
    const nul = this.text.indexOf('\0');
    if (nul >= 0) {
      const line = this.text.slice(0, nul).split('\n').length + this.lineOffset;
      return [{ file: this.file, line, field: '(yaml)', message: 'the file contains a NUL character (\\0), as binary files do', expected: 'plain UTF-8 text: retype this line, or save the file again as text' }];
    }
    if (!this.rejected) return this.aliasProblems();
    if (this.rejected.reason.startsWith('unknown tag')) {
      const line = (this.rejected.mark?.line ?? 0) + 1 + this.lineOffset;
      const tag = /!<?[^\s>]*>?/.exec(this.text.split('\n')[line - 1 - this.lineOffset] ?? '')?.[0];
      return [{ file: this.file, line, field: '(yaml)', message: 'YAML tags are not allowed', expected: 'plain values (text, numbers, true/false, lists)', got: tag ? show(tag) : undefined }];
    }
    const expected = 'well-formed YAML (check indentation, colons, closing brackets and quotes on this line or the one above)';
    const errors = this.doc.errors.map((e) => ({
      file: this.file,
      line: this.lineAt(e.pos[0]),
      field: '(yaml)',
      message: `the file is not valid YAML: ${e.message.split('\n')[0]}`,
      expected,
    }));
    const tags = this.doc.warnings
      .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
      .map((w) => ({
        file: this.file,
        line: this.lineAt(w.pos[0]),
        field: '(yaml)',
        message: 'YAML tags are not allowed',
        expected: 'plain values (text, numbers, true/false, lists)',
        got: show(this.text.slice(w.pos[0], w.pos[1]).trim()),
      }));
    if (errors.length || tags.length) return [...errors, ...tags];
    // `yaml` accepts what js-yaml, and so the build, rejects: say what js-yaml says.
    const line = (this.rejected.mark?.line ?? 0) + 1 + this.lineOffset;
    return [{ file: this.file, line, field: '(yaml)', message: `the file is not valid YAML: ${this.rejected.reason}`, expected }];
  }
  /**
   * Aliases (`*name`) repeat an anchored value (`&name`). Nested, a handful multiply a small file into
   * billions of values ("billion laughs"), which every later step would walk for minutes. Bounded
   * here: at most MAX_ALIASES aliases, expanding to at most MAX_ALIAS_EXPANSION copies (the `yaml`
   * library counts them without expanding anything). Only texts with what looks like an alias pay
   * for the second parser.
   */
  private aliasProblems(): Problem[] {
    if (!/(^|[\s[{,])\*[^\s[\]{},]/m.test(this.text)) return [];
    const { doc } = this.parsed();
    const aliases: number[] = [];
    visit(doc, { Alias: (_key, node) => void aliases.push(node.range?.[0] ?? 0) });
    const expected = `at most ${MAX_ALIASES} aliases (*name), each repeating a small value: write the values out instead`;
    if (aliases.length > MAX_ALIASES) {
      return [{ file: this.file, line: this.lineAt(aliases[MAX_ALIASES]!), field: '(yaml)', message: `too many YAML aliases (${aliases.length})`, expected }];
    }
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    } catch {
      return [{ file: this.file, line: this.lineAt(aliases[0] ?? 0), field: '(yaml)', message: 'YAML aliases expand to too many values', expected }];
    }
    return [];
  }
}

/** Bounds on YAML aliases (see YamlSource.aliasProblems): content needs none, an author may like a few. */
const MAX_ALIASES = 20;
const MAX_ALIAS_EXPANSION = 100;

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  // YAML's .nan and .inf are numbers that JSON cannot write.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value < 0 ? '-' : ''}.inf (infinity)`;
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
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

/** Zod's type names, in words an author recognises. */
const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number written with digits only (no thousands separators, no units)',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  expected?: string;
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  input?: unknown;
}

function expectation(issue: ZodIssueLike): string {
  const custom = !/^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(issue.message);
  if (custom) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return typeWords[issue.expected ?? ''] ?? String(issue.expected);
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `a list with at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'some text (it is empty)' : `text of at least ${issue.minimum} characters`;
      return `a number of at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `a list of at most ${issue.maximum} items` : `at most ${issue.maximum}`;
    case 'invalid_union':
      return 'a value of the right kind (see the field reference)';
    default:
      return issue.message;
  }
}

interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
}
const defOf = (schema: unknown) => (schema as { _zod?: { def: SchemaDef } })._zod?.def;

/** A schema with its wrappers (optional, default, pipe…) looked through, and each option of a union. */
function shapes(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (!def) return [];
  if (def.innerType) return shapes(def.innerType);
  if (def.type === 'pipe') return shapes(def.in);
  if (def.type === 'union') return (def.options ?? []).flatMap(shapes);
  return [schema];
}

/** The field names the schema allows in the object at `path` of the data. */
function fieldsAt(schema: z.ZodType, path: Path): string[] {
  let nodes = shapes(schema);
  for (const part of path) {
    nodes = nodes.flatMap((node) => {
      const def = defOf(node)!;
      if (typeof part === 'number') return def.type === 'array' ? shapes(def.element) : [];
      return def.shape && Object.hasOwn(def.shape, part) ? shapes(def.shape[part]) : [];
    });
  }
  return [...new Set(nodes.flatMap((node) => Object.keys(defOf(node)!.shape ?? {})))];
}

/**
 * Edit distance between two field names (insertions, deletions, substitutions): a dozen lines for
 * one "did you mean" message, rather than a dependency.
 */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The allowed field an unknown one was most likely meant to be: close in spelling, or the same but for case. */
function nearestField(key: string, allowed: string[]): string | undefined {
  const scored = allowed.map((name) => ({ name, distance: name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, name) }));
  const best = scored.sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= Math.max(1, Math.floor(key.length / 3)) ? best.name : undefined;
}

/** Turns Zod issues into problems that name the file, the line, the field, the value and what was expected. */
function schemaProblems(src: YamlSource, data: unknown, schema: z.ZodType, base: Path = []): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const problems: Problem[] = [];
  const issues = result.error.issues as unknown as ZodIssueLike[];
  // A misspelt field is one mistake: "did you mean" on the unknown field, and its correct name is
  // not also reported as missing.
  const meant = new Set<string>();
  for (const issue of issues.filter((i) => i.code === 'unrecognized_keys')) {
    const issuePath = issue.path as Path;
    const allowed = fieldsAt(schema, issuePath);
    for (const key of issue.keys ?? []) {
      const path = [...base, ...issuePath, key];
      const suggestion = nearestField(key, allowed.filter((name) => valueAt(data, [...issuePath, name]) === undefined));
      if (suggestion) meant.add(fieldName([...base, ...issuePath, suggestion]));
      const list = allowed.length && allowed.length <= 16 ? `: ${allowed.join(', ')}` : ' (docs/field-reference.md)';
      // `{ es: a, b, en: c }`: an unquoted comma in a one-line text makes "b" a field with no value.
      const comma = valueAt(data, [...issuePath, key]) === null && allowed.every((name) => (locales as readonly string[]).includes(name));
      const message = comma ? 'unknown field (a comma inside the text? Put each text in quotes: { es: "a, b", en: "c" })' : suggestion ? `unknown field (did you mean "${suggestion}"?)` : 'unknown field (a typo?)';
      problems.push({ file: src.file, line: src.lineOf(path), field: fieldName(path), message, expected: `one of the fields allowed here${list}`, got: show(key) });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const issuePath = issue.path as Path;
    const path = [...base, ...issuePath];
    if (meant.has(fieldName(path)) && valueAt(data, issuePath) === undefined) continue;
    const got = valueAt(data, issuePath);
    const missing = got === undefined;
    problems.push({
      file: src.file,
      line: src.lineOf(path),
      field: fieldName(path),
      message: missing ? 'required field is missing' : 'invalid value',
      expected: expectation(issue),
      got: missing ? undefined : show(got),
    });
  }
  return problems;
}

/** Text fields are shown as text: a tag in them would appear literally on the page (escaped), never run. */
const markup = /<\/?[a-zA-Z][^<>]*>|<!--/;

/** Every string in a document: markup is refused, TODO placeholders are reported as warnings. */
function checkStrings(src: YamlSource, data: unknown, problems: Problem[], path: Path = []) {
  if (Array.isArray(data)) return data.forEach((v, i) => checkStrings(src, v, problems, [...path, i]));
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) checkStrings(src, value, problems, [...path, key]);
    return;
  }
  if (typeof data !== 'string') return;
  const tag = markup.exec(data);
  if (tag) problems.push({ file: src.file, line: src.lineOf(path), field: fieldName(path), message: 'HTML is not allowed in text fields (it would be shown literally, as text)', expected: 'plain text; use Markdown in the body of an entry for formatting', got: show(tag[0]) });
}

/** Lines still holding a `TODO` placeholder left by `npm run new` (or by an author). */
function todoWarnings(file: string, text: string, firstLine = 1, yaml = true): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!/\bTODO\b/.test(line)) return;
    const trimmed = line.trim();
    const key = yaml ? /^\s*(?:-\s+)?([\w-]+):/.exec(line)?.[1] : undefined;
    const field = key ?? (!yaml ? '(text)' : trimmed.startsWith('#') ? '(comment)' : '(list item)');
    out.push({ file, line: firstLine + i, field, message: 'placeholder still to be filled in', expected: 'the real value', got: show(trimmed) });
  });
  return out;
}

/** A list of ids. */
type IdIndex = Map<string, true>;

interface Vocabulary<T> {
  ids: IdIndex;
  items: T[];
  /** The file could not be read at all: which ids exist is not known. */
  unknown?: true;
  /** The file as read, for checks that need lines after the schema's. */
  src?: YamlSource;
}

interface Listing {
  /** Files to check. */
  files: string[];
  /** Files that are in the folder but that the site would not load. */
  stray: string[];
}

/**
 * Every symbolic link under content/, at any depth. None is read or followed: a link may lead
 * anywhere on the machine (a system file, code outside content/), and what the site publishes must
 * be what is in content/.
 */
function symbolicLinks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isSymbolicLink()) return [path];
    return d.isDirectory() ? symbolicLinks(path) : [];
  });
}

/** A real file (not a folder, not a link): what the site can read. */
function isPlainFile(path: string): boolean {
  return lstatSync(path).isFile();
}

function listYaml(dir: string): Listing {
  const out: Listing = { files: [], stray: [] };
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return out;
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    if (f.startsWith('.') || lstatSync(path).isSymbolicLink()) continue;
    if (f.endsWith('.yaml') && isPlainFile(path)) out.files.push(path);
    else out.stray.push(path);
  }
  return out;
}

interface EntryFile {
  locale: string;
  file: string;
  slug: string;
}

function listEntries(dir: string): { entries: EntryFile[]; stray: string[] } {
  const entries: EntryFile[] = [];
  const stray: string[] = [];
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return { entries, stray };
  for (const locale of readdirSync(dir).sort()) {
    const sub = join(dir, locale);
    if (locale.startsWith('.') || lstatSync(sub).isSymbolicLink()) continue;
    if (!lstatSync(sub).isDirectory()) {
      stray.push(sub);
      continue;
    }
    for (const f of readdirSync(sub).sort()) {
      const path = join(sub, f);
      if (f.startsWith('.') || lstatSync(path).isSymbolicLink()) continue;
      if (f.endsWith('.mdx') && isPlainFile(path)) entries.push({ locale, file: path, slug: basename(f, '.mdx') });
      else stray.push(path);
    }
  }
  return { entries, stray };
}

export interface CheckResult {
  /** Errors: any of them stops `npm run check` and the build. */
  problems: Problem[];
  /** Files read. */
  files: number;
  /** Reminders that do not stop anything, such as TODO placeholders left by `npm run new`. */
  warnings: Problem[];
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks everything under `contentDir`; `root` is used to print paths relative to the project. */
export function checkContent(contentDir: string, root = join(contentDir, '..')): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let files = 0;
  const rel = (f: string) => relative(root, f);

  /** A file's text; undefined, with the problem reported, when the system refuses to read it (permissions, say). */
  function readText(file: string): string | undefined {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      problems.push({ file: rel(file), line: 1, field: '(file)', message: `the file cannot be read (${code})`, expected: 'a text file that the user running the check may read' });
      return undefined;
    }
  }

  /** A YAML file's data; undefined, with the problem reported, when it has none to check (`expected` says what it should hold). */
  function readYaml(file: string, expected: string): { src: YamlSource; data: unknown } | undefined {
    files++;
    const text = readText(file);
    if (text === undefined) return undefined;
    const src = new YamlSource(rel(file), text);
    warnings.push(...todoWarnings(src.file, text));
    const syntax = src.syntaxProblems();
    if (syntax.length) {
      problems.push(...syntax);
      return undefined;
    }
    if (src.data === null || src.data === undefined) {
      problems.push({ file: src.file, line: 1, field: '(file)', message: text.trim() ? 'the file holds only comments' : 'the file is empty', expected });
      return undefined;
    }
    return { src, data: src.data };
  }

  function strayFile(file: string, expected: string) {
    const folder = lstatSync(file).isDirectory();
    problems.push({ file: rel(file), line: 1, field: '(file name)', message: folder ? 'a folder where the site expects a file' : 'the site does not read this file', expected, got: show(basename(file)) });
  }

  for (const link of symbolicLinks(contentDir)) {
    problems.push({ file: rel(link), line: 1, field: '(file)', message: 'symbolic links are not allowed in content/ (the link is not followed)', expected: 'a plain file or folder inside content/: copy what it points to here', unsafe: true });
  }

  function loadVocabulary<T extends object>(name: string, schema: z.ZodType<T>): Vocabulary<T> {
    const file = join(contentDir, name);
    const vocab: Vocabulary<T> = { ids: new Map(), items: [] };
    const stat = lstatSync(file, { throwIfNoEntry: false });
    // A link is reported above; a folder of that name is not a vocabulary.
    if (stat?.isSymbolicLink()) return vocab;
    if (stat && !stat.isFile()) {
      problems.push({ file: rel(file), line: 1, field: '(file)', message: 'a folder where the site expects a file', expected: `a YAML list in ${rel(file)}` });
      return vocab;
    }
    if (!stat) {
      problems.push({ file: rel(file), line: 1, field: '(file)', message: 'vocabulary file is missing', expected: `a YAML list in ${rel(file)}` });
      return vocab;
    }
    const list = 'a YAML list of entries, each starting with "- id: ..."';
    const read = readYaml(file, list);
    if (!read || !Array.isArray(read.data)) {
      if (read) problems.push({ file: read.src.file, line: 1, field: '(file)', message: 'invalid value', expected: list, got: show(read.data) });
      // Its ids cannot be known: references to them are not reported as unknown, one by one.
      vocab.unknown = true;
      return vocab;
    }
    vocab.src = read.src;
    checkStrings(read.src, read.data, problems);
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
  const tags = loadVocabulary('tags.yaml', tagSchema);
  checkTagSlugs(tags.src);
  loadVocabulary('changelog.yaml', changeSchema);
  const findings = loadVocabulary('findings.yaml', findingSchema);

  /** A tag's slug in a language is its filter pages' address there: no other tag may have it as slug or id. */
  function checkTagSlugs(src: YamlSource | undefined) {
    if (!src || !Array.isArray(src.data)) return;
    const items = src.data as unknown[];
    const idOf = (item: unknown) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined);
    const ids = new Map(items.map((item, i) => [idOf(item), i]));
    for (const locale of locales) {
      const used = new Map<string, number>();
      items.forEach((item, i) => {
        const slug = item && typeof item === 'object' ? ((item as { slug?: unknown }).slug as Record<string, unknown> | undefined)?.[locale] : undefined;
        if (typeof slug !== 'string' || !kebab.test(slug)) return; // the schema reports it
        const other = ids.has(slug) && ids.get(slug) !== i ? ids.get(slug) : used.get(slug);
        if (other !== undefined) {
          problems.push({ file: src.file, line: src.lineOf([i, 'slug', locale]), field: `[${i}].slug.${locale}`, message: `slug already used by the tag "${String(idOf(items[other]))}" in ${locale}`, expected: `a slug no other tag has as its id or its slug in ${locale}`, got: show(slug) });
        } else used.set(slug, i);
      });
    }
  }

  function checkRef(src: YamlSource, path: Path, value: unknown, vocab: { ids: IdIndex; unknown?: true }, what: string, where: string) {
    if (typeof value !== 'string' || vocab.ids.has(value) || vocab.unknown) return;
    const known = [...vocab.ids.keys()];
    const list = known.length && known.length <= 12 ? ` (${known.join(', ')})` : '';
    problems.push({ file: src.file, line: src.lineOf(path), field: fieldName(path), message: `unknown ${what} id`, expected: `an id defined in ${where}${list}`, got: show(value) });
  }

  /** Every `source:`, `via:` and `sources:` anywhere in a document must be in the bibliography. */
  function checkSources(src: YamlSource, data: unknown, path: Path = []) {
    if (Array.isArray(data)) return data.forEach((v, i) => checkSources(src, v, [...path, i]));
    if (data === null || typeof data !== 'object') return;
    for (const [key, value] of Object.entries(data)) {
      if (key === 'source' || key === 'via') checkRef(src, [...path, key], value, sources, 'source', 'content/sources.yaml');
      else if (key === 'sources' && Array.isArray(value)) value.forEach((v, i) => checkRef(src, [...path, key, i], v, sources, 'source', 'content/sources.yaml'));
      else checkSources(src, value, [...path, key]);
    }
  }

  // Countries.
  const countryIds: IdIndex = new Map();
  const validCountries: CountryRecord[] = [];
  const isoSeen = new Map<string, string>();
  /** Normalised account handle or address → where it was first listed. */
  /** Where each account was first seen; its line is looked up only if it turns up again. */
  const accountSeen = new Map<string, { src: YamlSource; path: Path }>();
  const countryListing = listYaml(join(contentDir, 'countries'));
  for (const file of countryListing.stray) strayFile(file, 'a country file named "<id>.yaml", such as "mx.yaml"');
  for (const file of countryListing.files) {
    const countryId = basename(file, '.yaml');
    countryIds.set(countryId, true);
    const read = readYaml(file, 'a country profile: iso, name, summary, institutions… (`npm run new -- country <id>` writes one to fill in)');
    if (!read) continue;
    const { src, data } = read;
    if (!kebab.test(countryId)) problems.push({ file: src.file, line: 1, field: '(file name)', message: 'invalid file name', expected: 'a lowercase id such as "mx.yaml"', got: show(basename(file)) });
    const found = schemaProblems(src, data, countrySchema);
    problems.push(...found);
    if (!found.length) {
      const valid = { ...countrySchema.parse(data), id: countryId };
      validCountries.push(valid);
      // The map draws every country: a code it cannot place stops the build of the maps.
      const unplaced = mapProblem(valid.iso, valid.mapPoint);
      if (unplaced) problems.push({ file: src.file, line: src.lineOf(['iso']), field: 'iso', message: unplaced, expected: 'a code the map can place, or `mapPoint: { lat: …, lon: … }` for the country\'s dot', got: show(valid.iso) });
    }
    checkSources(src, data);
    checkStrings(src, data, problems);
    const country = (data ?? {}) as Partial<Country>;
    if (typeof country.iso === 'string') {
      const other = isoSeen.get(country.iso);
      if (other) problems.push({ file: src.file, line: src.lineOf(['iso']), field: 'iso', message: `ISO code already used by ${other}`, expected: 'one file per country', got: show(country.iso) });
      else isoSeen.set(country.iso, src.file);
    }
    const institutions = Array.isArray(country.institutions) ? country.institutions : [];
    const institutionIds = new Set<string>();
    institutions.forEach((inst, i) => {
      if (!inst || typeof inst !== 'object') return;
      if (institutionIds.has(inst.id)) problems.push({ file: src.file, line: src.lineOf(['institutions', i, 'id']), field: `institutions[${i}].id`, message: 'duplicate institution id', expected: 'ids unique within the country', got: show(inst.id) });
      institutionIds.add(inst.id);
      checkRef(src, ['institutions', i, 'kind'], inst.kind, kinds, 'institution kind', 'content/institution-kinds.yaml');
      (Array.isArray(inst.accounts) ? inst.accounts : []).forEach((acc, j) => {
        if (!acc || typeof acc !== 'object') return;
        const path: Path = ['institutions', i, 'accounts', j];
        checkRef(src, [...path, 'platform'], acc.platform, platforms, 'platform', 'content/platforms.yaml');
        const once = 'each account listed once; add later figures to the `observations` of the existing entry';
        const twice = (key: string, field: string, value: string) => {
          const first = accountSeen.get(key);
          const at = first && `${first.src.file}:${first.src.lineOf(first.path)}`;
          if (at) problems.push({ file: src.file, line: src.lineOf([...path, field]), field: fieldName([...path, field]), message: `account listed twice (first at ${at})`, expected: once, got: show(value) });
          else accountSeen.set(key, { src, path });
        };
        // Without handle or address, an institution's accounts are told apart by platform alone.
        if (!acc.handle && !acc.url) twice(`${src.file}#${i}#${String(acc.platform)}`, 'platform', String(acc.platform));
        if (typeof acc.handle === 'string') twice(`handle ${String(acc.platform)} ${acc.handle.toLowerCase().replace(/^@/, '')}`, 'handle', acc.handle);
        if (typeof acc.url === 'string') twice(`url ${normaliseUrl(acc.url)}`, 'url', acc.url);
      });
    });
    if (typeof country.foreignMinistry === 'string' && institutions.length && !institutionIds.has(country.foreignMinistry)) {
      problems.push({ file: src.file, line: src.lineOf(['foreignMinistry']), field: 'foreignMinistry', message: 'unknown institution id', expected: `the id of one of this file's institutions (${[...institutionIds].join(', ')})`, got: show(country.foreignMinistry) });
    }
    const values = country.websiteFeatures?.values;
    if (values && typeof values === 'object') {
      for (const key of Object.keys(values)) checkRef(src, ['websiteFeatures', 'values', key], key, features, 'website feature', 'content/features.yaml');
    }
  }

  // Findings: each names a figure that is in the data, and its text takes the number from there.
  const findingsSrc = findings.src;
  // With a broken country file a figure cannot be looked up: that file's problems say why.
  const countriesRead = countryListing.files.every((f) => validCountries.some((c) => c.id === basename(f, '.yaml')));
  if (findingsSrc && Array.isArray(findingsSrc.data)) {
    findingsSrc.data.forEach((item, i) => {
      const parsed = findingSchema.safeParse(item);
      if (!parsed.success) return; // reported with the schema's problems
      for (const locale of locales) {
        const text = parsed.data.text[locale];
        const bad = text === undefined ? undefined : findingTextProblem(text);
        if (bad) problems.push({ file: findingsSrc.file, line: findingsSrc.lineOf([i, 'text', locale]), field: `[${i}].text.${locale}`, message: bad, expected: 'a sentence with {value} where the figure goes, e.g. "… {value} followers on Twitter ({date})"', got: show(text) });
      }
      if (!countriesRead) return;
      const figure = findingFigure(parsed.data, validCountries);
      if ('problem' in figure) problems.push({ file: findingsSrc.file, line: findingsSrc.lineOf([i, 'figure']), field: `[${i}].figure`, message: `the finding's figure is not in the data: ${figure.problem}`, expected: 'a country, institution, platform (and handle) whose account has a figure of that metric' });
    });
  }

  // What MDX components may refer to: derived from the same data the pages use.
  const atlas: AtlasData = { countries: validCountries, platforms: platforms.items, features: features.items, kinds: kinds.items, sources: sources.items, tags: tags.items };
  const refs: MdxRefs = {
    countries: [...countryIds.keys()],
    sources: sources.unknown ? undefined : [...sources.ids.keys()],
    // Chart ids follow from the figures: with a broken country or vocabulary file they cannot be
    // known, and reporting charts as unknown would only repeat that file's problem.
    charts: problems.length === 0 ? safeChartIds(atlas) : undefined,
    publicDir: join(root, 'public'),
    sitePaths: [],
  };
  const site: SiteIndex = {
    locales,
    countries: new Set(countryIds.keys()),
    entries: {
      articles: { slugs: new Set(), tags: new Set(), countries: new Set(), localSlugs: new Set(), localTags: new Set() },
      interviews: { slugs: new Set(), tags: new Set(), countries: new Set(), localSlugs: new Set(), localTags: new Set() },
    },
  };

  // Articles and interviews.
  const slugsByLocale = new Map<string, Map<string, string>>();
  for (const [collection, schema] of [
    ['articles', articleSchema],
    ['interviews', interviewSchema],
  ] as const) {
    const { entries, stray } = listEntries(join(contentDir, collection));
    for (const file of stray) strayFile(file, `an entry at content/${collection}/<language>/<slug>.mdx (languages: ${locales.join(', ')})`);
    const byKey = new Map(entries.map((e) => [`${e.locale}/${e.slug}`, e]));
    // Each version's address (its `slug:`), checked once the whole collection is read.
    const versions: EntryVersion[] = [];
    for (const entry of entries) {
      files++;
      const fileRel = rel(entry.file);
      if (!(locales as readonly string[]).includes(entry.locale)) {
        problems.push({ file: fileRel, line: 1, field: '(folder)', message: 'unknown language folder', expected: `one of ${locales.join(', ')}`, got: show(entry.locale) });
        continue;
      }
      if (!kebab.test(entry.slug)) problems.push({ file: fileRel, line: 1, field: '(file name)', message: 'invalid slug', expected: 'a lowercase kebab-case file name such as "my-article.mdx"', got: show(basename(entry.file)) });
      const claimed = slugsByLocale.get(entry.locale) ?? new Map<string, string>();
      slugsByLocale.set(entry.locale, claimed);
      const other = claimed.get(entry.slug.toLowerCase());
      if (other) problems.push({ file: fileRel, line: 1, field: '(slug)', message: `slug already used by ${other}`, expected: 'a slug no other entry in this language uses', got: show(entry.slug) });
      claimed.set(entry.slug.toLowerCase(), fileRel);
      (site.entries[collection].slugs as Set<string>).add(entry.slug);
      const version: EntryVersion = { locale: entry.locale, key: entry.slug, file: fileRel };
      versions.push(version);

      const text = readText(entry.file);
      if (text === undefined) continue;
      const split = splitFrontmatter(text);
      if (split.kind === 'yaml') warnings.push(...todoWarnings(fileRel, split.yaml, 2), ...todoWarnings(fileRel, split.body, split.bodyLine, false));
      if (split.kind !== 'yaml') {
        problems.push(frontmatterProblem(fileRel, split));
        continue;
      }
      // Body problems are independent of the frontmatter: report both at once.
      const bodyProblems = checkMdxBody(fileRel, split.body, split.bodyLine, refs);
      const src = new YamlSource(fileRel, split.yaml, 1);
      const syntax = src.syntaxProblems();
      if (syntax.length) {
        problems.push(...syntax, ...bodyProblems);
        continue;
      }
      const data = src.data ?? {};
      if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file: fileRel, line: 2, field: '(frontmatter)', message: 'invalid value', expected: 'fields such as "title: ..." between the "---" lines', got: show(data) }, ...bodyProblems);
        continue;
      }
      problems.push(...schemaProblems(src, data, schema));
      const ownSlug = (data as { slug?: unknown }).slug;
      if (typeof ownSlug === 'string' && kebab.test(ownSlug)) Object.assign(version, { slug: ownSlug, line: src.lineOf(['slug']) });
      checkSources(src, data);
      checkStrings(src, data, problems);
      const fm = data as { countries?: unknown; tags?: unknown; singleLanguage?: unknown; published?: unknown; updated?: unknown };
      const pages = site.entries[collection];
      for (const [field, into] of [[fm.tags, pages.tags], [fm.countries, pages.countries]] as const) if (Array.isArray(field)) field.forEach((v) => typeof v === 'string' && (into as Set<string>).add(v));
      if (Array.isArray(fm.countries)) fm.countries.forEach((c, i) => checkRef(src, ['countries', i], c, { ids: countryIds }, 'country', 'content/countries/'));
      if (Array.isArray(fm.tags)) fm.tags.forEach((tag, i) => checkRef(src, ['tags', i], tag, tags, 'tag', 'content/tags.yaml'));
      const published = normaliseDate(fm.published);
      const updated = normaliseDate(fm.updated);
      if (published && updated && updated < published) {
        problems.push({ file: fileRel, line: src.lineOf(['updated']), field: 'updated', message: 'the update is dated before the publication', expected: `a date on or after published (${published})`, got: show(updated) });
      }
      // An entry may be written in any of the languages: the others show a notice that points to it.
      const twins = locales.filter((l) => l !== entry.locale && byKey.has(`${l}/${entry.slug}`));
      if (twins.length && fm.singleLanguage === true) {
        problems.push({ file: fileRel, line: src.lineOf(['singleLanguage']), field: 'singleLanguage', message: `marked single-language but translated in ${twins.map((l) => `content/${collection}/${l}/${entry.slug}.mdx`).join(', ')}`, expected: 'no "singleLanguage: true" on an entry that has its twin', got: 'true' });
      }
      problems.push(...bodyProblems);
    }
    checkEntrySlugs(collection, versions);
  }

  /**
   * Entry addresses: an entry's pages (in each language, notice pages included) are at its versions'
   * slugs, and its old address, the file name, leads there. So an entry's slugs may not be another
   * entry's file name or slug in this collection (in any language: a notice page takes the original's).
   */
  function checkEntrySlugs(collection: EntryKind, versions: EntryVersion[]) {
    // In a stable order (file names, then languages as configured), so that the later claim is the one reported.
    const order = (v: EntryVersion) => (locales as readonly string[]).indexOf(v.locale);
    const groups = new Map<string, EntryVersion[]>();
    for (const v of [...versions].sort((a, b) => a.key.localeCompare(b.key) || order(a) - order(b))) groups.set(v.key, [...(groups.get(v.key) ?? []), v]);
    const owner = new Map<string, EntryVersion>([...groups].map(([key, vs]) => [key, vs[0]!]));
    for (const [key, vs] of groups) {
      for (const v of vs) {
        if (!v.slug) continue;
        const other = owner.get(v.slug);
        if (other && other.key !== key) {
          const what = other.key === v.slug ? `the file name of ${other.file}` : `already the slug of ${other.file}`;
          problems.push({ file: v.file, line: v.line ?? 1, field: 'slug', message: `slug is ${what}`, expected: `a slug no other entry in content/${collection}/ has as its file name or slug`, got: show(v.slug) });
        } else owner.set(v.slug, v);
      }
      const slugs = twinSlugs(new Map(vs.map((v) => [v.locale, v.slug ?? v.key])), locales);
      for (const l of locales) (site.entries[collection].localSlugs as Set<string>).add(`${l}/${slugs[l]}`);
    }
    for (const tag of site.entries[collection].tags) {
      const slugs = tags.items.find((t) => t.id === tag)?.slug as Partial<Record<string, string>> | undefined;
      for (const l of locales) (site.entries[collection].localTags as Set<string>).add(`${l}/${slugs?.[l] ?? tag}`);
    }
  }

  // The methodology page, in every language.
  const methodologyDir = join(contentDir, 'methodology');
  for (const file of listYaml(methodologyDir).stray.filter((f) => !locales.some((l) => f === join(methodologyDir, `${l}.mdx`)))) strayFile(file, `the methodology page in each language: content/methodology/<language>.mdx (${locales.join(', ')})`);
  for (const locale of locales) {
    const file = join(methodologyDir, `${locale}.mdx`);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) {
      // A link is reported with every other link; a folder of that name is not the page.
      // A language without its own page shows the source language's, marked (src/pages/[lang]/methodology.astro).
      if (stat && !stat.isSymbolicLink()) problems.push({ file: rel(file), line: 1, field: '(file)', message: 'a folder where the site expects a file', expected: `content/methodology/${locale}.mdx, with title, summary and the text` });
      else if (!stat && locale === defaultLocale) problems.push({ file: rel(file), line: 1, field: '(file)', message: 'the methodology page is missing in the source language', expected: `content/methodology/${locale}.mdx, with title, summary and the text` });
      continue;
    }
    files++;
    const fileRel = rel(file);
    const text = readText(file);
    if (text === undefined) continue;
    const split = splitFrontmatter(text);
    if (split.kind !== 'yaml') {
      problems.push(frontmatterProblem(fileRel, split));
      continue;
    }
    const src = new YamlSource(fileRel, split.yaml, 1);
    const syntax = src.syntaxProblems();
    problems.push(...syntax, ...checkMdxBody(fileRel, split.body, split.bodyLine, refs));
    if (!syntax.length) {
      problems.push(...schemaProblems(src, src.data ?? {}, methodologySchema));
      checkStrings(src, src.data, problems);
    }
  }

  for (const link of refs.sitePaths ?? []) {
    const bad = sitePathProblem(link.url, site);
    if (bad) problems.push({ file: link.file, line: link.line, field: '(mdx)', ...bad, got: show(link.url) });
  }

  return { problems, files, warnings };
}

/** One entry file, for the check of addresses: its language, file name (the twins' key) and `slug:`. */
interface EntryVersion {
  locale: string;
  key: string;
  file: string;
  slug?: string;
  line?: number;
}

/** Why an MDX file's frontmatter cannot be read: code instead of YAML, not closed, or none. */
function frontmatterProblem(file: string, split: Exclude<Split, { kind: 'yaml' }>): Problem {
  if (split.kind === 'executable') return { file, line: 1, field: '(frontmatter)', message: `frontmatter in "${split.language}" is not allowed: frontmatter is data, never code`, expected: 'YAML frontmatter opened by a plain "---" line', got: show(`---${split.language}`) };
  if (split.kind === 'unclosed') return { file, line: 1, field: '(frontmatter)', message: 'the frontmatter is never closed', expected: 'a line with just "---" after the last field, before the text' };
  return { file, line: 1, field: '(frontmatter)', message: 'frontmatter is missing', expected: 'a YAML block between "---" lines at the very top of the file' };
}

function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
}

/** Two spellings of the same address: scheme, `www.`, case of the host and a trailing slash do not matter. */
function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

function safeChartIds(data: AtlasData): string[] {
  try {
    return chartSpecs(data).map((s) => s.id);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// MDX bodies.

/** What the components in an entry may refer to. Without it, only the shape of the MDX is checked. */
export interface MdxRefs {
  countries: string[];
  /** Undefined when sources.yaml cannot be read: citations are then not checked. */
  sources?: string[];
  /** Undefined when they cannot be derived (a country file is broken): chart ids are then not checked. */
  charts?: string[];
  /** The project's public/ folder, where images from the site's root must be. */
  publicDir?: string;
  /** Collects links from the site's root, checked once every entry is known (see checkContent). */
  sitePaths?: { file: string; line: number; url: string }[];
}

/** Links may go to web pages, mail addresses, other pages of the site and anchors: no `javascript:` and the like. */
const safeLink = /^(https?:|mailto:|\/|#|\.{0,2}\/|[^:]*$)/i;

/** MDX is code: only the documented components, no imports, exports, expressions or raw HTML. */
export function checkMdxBody(file: string, body: string, firstLine: number, refs?: MdxRefs): Problem[] {
  const problems: Problem[] = [];
  const at = (node: MdastNode) => firstLine + (node.position?.start.line ?? 1) - 1;
  let tree: MdastNode;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /^(\d+):(\d+):\s*/.exec(message);
    const line = pos ? firstLine + Number(pos[1]) - 1 : firstLine;
    const text = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\(mdx[\w:-]*\)\s*$/, '').replace(/\s*\(note:.*\)\s*$/, '');
    const lineText = body.split('\n')[pos ? Number(pos[1]) - 1 : 0]?.trim() ?? '';
    problems.push({ file, line, field: '(mdx)', message: `the text cannot be read as MDX: ${text}`, expected: mdxHint(lineText), got: show(lineText) });
    return problems;
  }
  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const code = String(node.value ?? '').trim();
        const word = code.startsWith('export') ? 'export' : 'import';
        problems.push({ file, line: at(node), field: '(mdx)', message: `${word} statements are not allowed in entries`, expected: `only the documented components, used without import: ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`, got: show(code.split('\n')[0]) });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ file, line: at(node), field: '(mdx)', message: 'JavaScript expressions in braces are not allowed', expected: 'plain text (write \\{ for a literal brace)', got: show(`{${String(node.value ?? '')}}`) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const url = node.url ?? '';
        if (url && !safeLink.test(url)) {
          problems.push({ file, line: at(node), field: '(mdx)', message: 'unsafe link address', expected: 'an http(s) or mailto: address, or a path on this site', got: show(url) });
          break;
        }
        const line = at(node);
        if (node.type === 'image') {
          const fromHere = 'an image saved under public/, written from the site\'s root: public/images/map.png is ![what it shows](/images/map.png)';
          if (isExternal(url)) problems.push({ file, line, field: '(mdx)', message: 'images from other sites are not shown (the site\'s security policy blocks them)', expected: fromHere, got: show(url) });
          else if (!isSitePath(url)) problems.push({ file, line, field: '(mdx)', message: 'image path not written from the site\'s root', expected: fromHere, got: show(url) });
          else if (refs?.publicDir) {
            const bad = imagePathProblem(url, refs.publicDir);
            if (bad) problems.push({ file, line, field: '(mdx)', ...bad, got: show(url) });
          }
        } else if (url && !isExternal(url) && !url.startsWith('#') && !isSitePath(url)) {
          problems.push({ file, line, field: '(mdx)', message: 'link to a page of this site not written from the site\'s root', expected: 'a path such as "/es/compare/" (the build adds the base path)', got: show(url) });
        } else if (isSitePath(url)) refs?.sitePaths?.push({ file, line, url });
        break;
      }
      case 'html':
        problems.push({ file, line: at(node), field: '(mdx)', message: 'raw HTML is not allowed', expected: 'Markdown, or one of the documented components', got: show(String(node.value ?? '').split('\n')[0]) });
        return;
    }
    node.children?.forEach(visit);
  };
  const checkElement = (node: MdastNode) => {
    const name = node.name ?? '';
    const line = at(node);
    if (!name) {
      problems.push({ file, line, field: '(mdx)', message: 'fragments <>…</> are not allowed', expected: 'Markdown, or one of the documented components', got: '"<>"' });
      return;
    }
    if (/^[a-z]/.test(name)) {
      const what = name === 'script' ? 'scripts are not allowed' : `raw HTML <${name}> is not allowed`;
      problems.push({ file, line, field: '(mdx)', message: what, expected: 'Markdown, or one of the documented components', got: show(`<${name}>`) });
      return;
    }
    if (!isMdxComponent(name)) {
      problems.push({ file, line, field: '(mdx)', message: `unknown component <${name}>`, expected: `one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`, got: show(`<${name}>`) });
      return;
    }
    const spec: ComponentSpec = mdxComponentProps[name];
    const given = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        problems.push({ file, line, field: `<${name}>`, message: 'JavaScript expressions in braces are not allowed', expected: 'props written as name="value"', got: show(`{${String(attr.value ?? '')}}`) });
        continue;
      }
      // Own properties only: `constructor` or `__proto__` are not props of any component.
      const kind = propKind(name, attr.name);
      const field = `<${name}> ${attr.name}`;
      if (!kind) {
        const allowed = [...Object.keys(spec.required), ...Object.keys(spec.optional)];
        problems.push({ file, line, field, message: `unknown prop of <${name}>`, expected: allowed.length ? `one of ${allowed.join(', ')}` : 'no props', got: show(attr.name) });
        continue;
      }
      given.add(attr.name);
      if (typeof attr.value !== 'string') {
        const got = attr.value === null || attr.value === undefined ? `${attr.name} without a value` : `{${String((attr.value as { value?: unknown }).value ?? '')}}`;
        problems.push({ file, line, field, message: 'props must be plain text in quotes', expected: `${attr.name}="..."`, got: show(got) });
        continue;
      }
      const bad = refProblem(kind, attr.value, refs);
      if (bad) problems.push({ file, line, field, message: bad.message, expected: bad.expected, got: show(attr.value) });
    }
    for (const required of Object.keys(spec.required)) {
      if (!given.has(required)) problems.push({ file, line, field: `<${name}> ${required}`, message: 'required prop is missing', expected: `${required}="..."` });
    }
  };
  visit(tree);
  return problems;
}

function refProblem(kind: PropKind, value: string, refs?: MdxRefs): { message: string; expected: string } | undefined {
  if (typeof kind === 'object') return kind.oneOf.includes(value) ? undefined : { message: 'invalid value', expected: `one of ${kind.oneOf.map((v) => JSON.stringify(v)).join(', ')}` };
  if (kind === 'text') return value.trim() ? undefined : { message: 'invalid value', expected: 'some text' };
  if (!refs) return undefined;
  const list = (ids: string[]) => (ids.length <= 12 ? ` (${ids.join(', ')})` : '');
  switch (kind) {
    case 'country':
      return refs.countries.includes(value) ? undefined : { message: 'unknown country id', expected: `an id of a file in content/countries/${list(refs.countries)}` };
    case 'countries': {
      const unknown = value.split(',').map((s) => s.trim()).filter((id) => !refs.countries.includes(id));
      return unknown.length ? { message: `unknown country id ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, expected: `comma-separated ids of files in content/countries/${list(refs.countries)}` } : undefined;
    }
    case 'source':
      return !refs.sources || refs.sources.includes(value) ? undefined : { message: 'unknown source id', expected: `an id defined in content/sources.yaml${list(refs.sources)}` };
    case 'chart':
      return !refs.charts || refs.charts.includes(value) ? undefined : { message: 'unknown chart id', expected: `one of the charts the data supports${list(refs.charts)}` };
  }
}

/** The usual causes of an MDX syntax error, in an author's words. */
function mdxHint(line: string): string {
  if (line.includes('<!--')) return 'no HTML comments: MDX has none (delete the comment)';
  if (/<https?:/.test(line)) return 'links written as [text](https://...) rather than <https://...>';
  if (/<[^A-Za-z/]|<$/.test(line) || /\s<\S/.test(line)) return 'a "<" followed by a space, or written as \\<, or a documented component';
  return 'Markdown and the documented components, every <Component> closed with /> or </Component>';
}
