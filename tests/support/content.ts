/**
 * A content tree's files parsed with the real schemas, as the AtlasData the pages receive. Unit tests
 * read the fixture tree (tests/fixture-site/content, fictional); pass another folder to read that.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { countrySchema } from '../../src/schemas/country.ts';
import { featureSchema, institutionKindSchema, platformSchema, sourceSchema, tagSchema } from '../../src/schemas/vocabularies.ts';
import type { AtlasData } from '../../src/lib/model.ts';

/** The fictional content tree behaviour tests use. */
export const fixtureContentDir = join(process.cwd(), 'tests', 'fixture-site', 'content');
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
