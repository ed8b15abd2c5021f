/**
 * A content tree's files parsed with the real schemas, as the AtlasData the pages receive. Unit tests
 * read the fixture tree (tests/fixture-site/content, fictional); pass another folder to read that.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { countrySchema } from '../../src/schemas/country.ts';
import { featureSchema, institutionKindSchema, platformSchema, sourceSchema, tagSchema } from '../../src/schemas/vocabularies.ts';
import type { AtlasData } from '../../src/lib/model.ts';
import { locales, readLocales } from '../../src/i18n/config.ts';

/** The fictional content tree as written (the site tests read its build, in all its languages). */
export const fixtureTreeDir = join(process.cwd(), 'tests', 'fixture-site', 'content');

/**
 * The fixture tree as this process's languages see it, for tests that check or load content in
 * process. The schemas are built once, for the languages the project declares (Spanish and English);
 * the fixture also declares French, partly translated, whose pages the site tests check in the
 * fixture's own build. This copy leaves French out: its folders, its dictionary, its line in
 * locales.yaml and its texts (which the fixture writes only inside one-line `{ … }` maps, so that
 * every other line keeps its number).
 */
function inKnownLocales(dir: string): string {
  const extra = readLocales(join(dir, '..')).filter((l) => !locales.includes(l.code));
  if (!extra.length) return dir;
  const copy = join(mkdtempSync(join(tmpdir(), 'atlas-fixture-')), 'content');
  cpSync(dir, copy, { recursive: true });
  const codes = extra.map((l) => l.code);
  for (const code of codes) {
    for (const path of [join(copy, 'articles', code), join(copy, 'interviews', code), join(copy, 'methodology', `${code}.mdx`), join(copy, 'ui', `${code}.yaml`)]) rmSync(path, { recursive: true, force: true });
  }
  writeFileSync(join(copy, 'locales.yaml'), stringify(readLocales(join(dir, '..')).filter((l) => locales.includes(l.code))));
  const inFlowMap = new RegExp(`,\\s*(?:${codes.join('|')}):\\s*(?:"[^"]*"|[^,}\\n]*)(?=\\s*})`, 'g');
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.yaml') && name.name !== 'locales.yaml') writeFileSync(path, readFileSync(path, 'utf8').replace(inFlowMap, ''));
    }
  };
  walk(copy);
  return copy;
}

/** The fictional content tree behaviour tests use, in this process's languages (see inKnownLocales). */
export const fixtureContentDir = inKnownLocales(fixtureTreeDir);
/** The real content/: only for gates that hold for any content. */
export const realContentDir = join(process.cwd(), 'content');

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

export function loadAtlasFromFiles(dir = fixtureContentDir): AtlasData {
  const list = <T>(name: string, schema: { parse(v: unknown): T }) => (readYaml(join(dir, name)) as unknown[]).map((v) => schema.parse(v));
  return {
    countries: readdirSync(join(dir, 'countries'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ ...countrySchema.parse(readYaml(join(dir, 'countries', f))), id: f.replace(/\.yaml$/, '') })),
    platforms: list('platforms.yaml', platformSchema),
    features: list('features.yaml', featureSchema),
    kinds: list('institution-kinds.yaml', institutionKindSchema),
    sources: list('sources.yaml', sourceSchema),
    tags: list('tags.yaml', tagSchema),
  };
}
