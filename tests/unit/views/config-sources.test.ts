/** Facts about the code written once: the CSP directives and the ATLAS_* variables' defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../scripts/headers.ts';
import { baselinePolicy, cspDirectives, headerOnlyPolicy, scriptSources } from '../../../src/lib/csp.ts';
import { cacheDir, chromiumPath, contentCheckWarns, deployTarget, outDir } from '../../../src/lib/deploy.ts';

const read = (file: string) => readFileSync(file, 'utf8');

describe('the Content-Security-Policy', () => {
  it('starts the header policy from the directives the pages get, with scripts and styles from this site only', () => {
    const baseline = parsePolicy(baselinePolicy);
    expect([...baseline.keys()]).toEqual(['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'object-src', 'base-uri', 'form-action']);
    for (const directive of cspDirectives) expect(baselinePolicy).toContain(directive);
    expect(baseline.get('script-src')).toEqual(scriptSources);
    expect(baseline.get('style-src')).toEqual(["'self'"]);
    expect(baseline.get('object-src')).toEqual(["'none'"]);
    expect(parsePolicy(headerOnlyPolicy).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is written nowhere else', () => {
    for (const file of ['astro.config.mjs', 'scripts/headers.ts']) expect(read(file)).not.toMatch(/["']default-src/);
  });
});

describe('ATLAS_* variables', () => {
  it('have their defaults in src/lib/deploy.ts', () => {
    expect(deployTarget({})).toEqual({ site: 'https://atlas.example.org', base: '/' });
    expect([outDir({}), cacheDir({}), contentCheckWarns({}), chromiumPath({})]).toEqual(['dist', './node_modules/.astro', false, '/usr/bin/chromium']);
  });

  it('are read from the environment given, an empty one counting as unset', () => {
    const env = { ATLAS_OUT_DIR: '/tmp/x', ATLAS_CACHE_DIR: '/tmp/c', ATLAS_CONTENT_CHECK: 'warn', ATLAS_CHROMIUM: '/opt/chromium', ATLAS_BASE: 'atlas' };
    expect([outDir(env), cacheDir(env), contentCheckWarns(env), chromiumPath(env), deployTarget(env).base]).toEqual(['/tmp/x', '/tmp/c', true, '/opt/chromium', '/atlas/']);
    expect(outDir({ ATLAS_OUT_DIR: '' })).toBe('dist');
  });

  it('are read nowhere else in the build and the scripts', () => {
    for (const file of ['astro.config.mjs', 'scripts/build.ts', 'scripts/budgets.ts', 'scripts/lighthouse.ts', 'scripts/share-images.ts', 'src/integrations/content-guard.ts']) {
      expect(read(file), file).not.toMatch(/process\.env\.(ATLAS_|CHROMIUM)/);
    }
  });
});
