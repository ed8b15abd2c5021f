/**
 * The content schemas, on the fictional fixture tree (tests/fixture-site/content), plus one gate over
 * the real content/ that holds whatever it contains: every file parses.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countrySchema } from '../../src/schemas/country.ts';
import { partialDate } from '../../src/schemas/common.ts';
import { fixtureContentDir, loadAtlasFromFiles, readYaml, realContentDir } from '../support/content.ts';
import { loadEntriesFromFiles } from '../support/entries.ts';

const fixtureCountry = (id: string) => readYaml(join(fixtureContentDir, 'countries', `${id}.yaml`));

describe('country schema', () => {
  it('accepts every fixture country file', () => {
    const files = readdirSync(join(fixtureContentDir, 'countries')).sort();
    expect(files).toEqual(['xb.yaml', 'xe.yaml', 'xf.yaml', 'xg.yaml', 'xk.yaml', 'xl.yaml', 'xr.yaml']);
    for (const file of files) {
      const result = countrySchema.safeParse(readYaml(join(fixtureContentDir, 'countries', file)));
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('fills in what a file leaves out: an exact figure, stated as of its date', () => {
    const xr = countrySchema.parse(fixtureCountry('xr'));
    const mae = xr.institutions.find((i) => i.id === 'mae')!;
    expect(mae.accounts[0]!.observations[0]).toEqual({ metric: 'followers', value: 123456, qualifier: 'exact', asOf: '2020-03', asOfStated: true, source: 'ficticia-2020' });
  });

  it('rejects a negative follower count and names the field', () => {
    const xr = fixtureCountry('xr') as { institutions: { accounts: { observations: { value: number }[] }[] }[] };
    // Ruritania's second institution is the MAE; its first account, @MAE_Ruritania, has 123456 followers.
    expect(xr.institutions[1]!.accounts[0]!.observations[0]!.value).toBe(123456);
    xr.institutions[1]!.accounts[0]!.observations[0]!.value = -1;
    const result = countrySchema.safeParse(xr);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['institutions', 1, 'accounts', 0, 'observations', 0, 'value']);
    expect(result.error!.issues[0]!.message).toBe('a count of zero or more');
  });

  it('rejects unknown fields (typos) instead of ignoring them', () => {
    const xf = fixtureCountry('xf') as Record<string, unknown>;
    const result = countrySchema.safeParse({ ...xf, summery: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('requires text in the source language; the others may be missing', () => {
    const xf = fixtureCountry('xf') as Record<string, unknown>;
    const result = countrySchema.safeParse({ ...xf, name: { en: 'Freedonia' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['name', 'es']);
    expect(countrySchema.safeParse({ ...xf, name: { es: 'Freedonia' } }).success).toBe(true);
  });
});

describe('partial dates', () => {
  it.each(['2014', '2014-04', '2017-03-20'])('accepts %s', (d) => expect(partialDate.parse(d)).toBe(d));
  it('accepts YAML numbers and dates', () => {
    expect(partialDate.parse(2011)).toBe('2011');
    expect(partialDate.parse(new Date('2013-08-01'))).toBe('2013-08-01');
  });
  it.each(['2014-13', '2014-02-30', '14-04', 'April 2014', '2999'])('rejects %s', (d) => expect(partialDate.safeParse(d).success).toBe(false));
});

/** Every institution kind and platform the countries use is in the vocabularies. */
function undefinedIds(data: ReturnType<typeof loadAtlasFromFiles>): string[] {
  const platforms = new Set(data.platforms.map((p) => p.id));
  const kinds = new Set(data.kinds.map((k) => k.id));
  return data.countries.flatMap((c) =>
    c.institutions.flatMap((i) => [
      ...(kinds.has(i.kind) ? [] : [`${c.id}: kind ${i.kind}`]),
      ...i.accounts.filter((a) => !platforms.has(a.platform)).map((a) => `${c.id}: platform ${a.platform}`),
    ]),
  );
}

describe('the fixture tree', () => {
  const data = loadAtlasFromFiles();

  it('has every platform and kind the countries use', () => {
    expect(undefinedIds(data)).toEqual([]);
  });

  it('has its four website features, in order', () => {
    expect(data.features.map((f) => f.id)).toEqual(['mission-list', 'consular-help', 'ministry-blog', 'user-survey']);
  });
});

describe('the real content (gate: holds for any content)', () => {
  it('parses with the schemas, every file of it', () => {
    // loadAtlasFromFiles and loadEntriesFromFiles throw on the first file a schema rejects.
    const data = loadAtlasFromFiles(realContentDir);
    loadEntriesFromFiles(realContentDir);
    expect(undefinedIds(data)).toEqual([]);
  });
});
