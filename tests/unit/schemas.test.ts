import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { countrySchema } from '../../src/schemas/country.ts';
import { partialDate } from '../../src/schemas/common.ts';
import { contentDir, loadAtlasFromFiles, readYaml } from '../support/content.ts';

describe('country schema', () => {
  it('accepts the real country files', () => {
    for (const id of ['mx', 'cl']) {
      const result = countrySchema.safeParse(readYaml(join(contentDir, 'countries', `${id}.yaml`)));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  it('rejects a negative follower count and names the field', () => {
    const mx = readYaml(join(contentDir, 'countries', 'mx.yaml')) as { institutions: { accounts: { observations: { value: number }[] }[] }[] };
    mx.institutions[1]!.accounts[0]!.observations[0]!.value = -1;
    const result = countrySchema.safeParse(mx);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['institutions', 1, 'accounts', 0, 'observations', 0, 'value']);
    expect(result.error!.issues[0]!.message).toBe('a count of zero or more');
  });

  it('rejects unknown fields (typos) instead of ignoring them', () => {
    const cl = readYaml(join(contentDir, 'countries', 'cl.yaml')) as Record<string, unknown>;
    const result = countrySchema.safeParse({ ...cl, summery: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('requires text in every locale', () => {
    const cl = readYaml(join(contentDir, 'countries', 'cl.yaml')) as Record<string, unknown>;
    const result = countrySchema.safeParse({ ...cl, name: { es: 'Chile' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['name', 'en']);
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

describe('real content', () => {
  it('has every platform, feature and kind the countries use', () => {
    const data = loadAtlasFromFiles();
    const platforms = new Set(data.platforms.map((p) => p.id));
    const kinds = new Set(data.kinds.map((k) => k.id));
    for (const c of data.countries) {
      for (const i of c.institutions) {
        expect(kinds.has(i.kind)).toBe(true);
        for (const a of i.accounts) expect(platforms.has(a.platform)).toBe(true);
      }
    }
    expect(data.features).toHaveLength(10);
  });
});
