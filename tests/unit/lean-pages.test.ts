import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tightenPagePolicy } from '../../src/integrations/lean-pages.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const script = 'document.title="x"';
const style = '.a{color:red}';
const others = { script: sha('elsewhere()'), island: sha('island()'), style: sha('.b{}'), file: sha('/* a stylesheet file */') };
const policy = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:;object-src 'none';script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')};style-src 'self' ${styles.join(' ')}`;
const page = (csp: string, body: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;
const cspOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe("each page's CSP meta names only the hashes the page needs", () => {
  it('keeps the hashes of its own inline script and style and drops the rest of the build', () => {
    const before = page(policy([others.script, sha(script), others.island], [others.file, sha(style), others.style]), `<script type="module">${script}</script><style>${style}</style>`);
    expect(cspOf(tightenPagePolicy(before))).toBe(`default-src 'self';img-src 'self' data:;object-src 'none';script-src 'self' 'wasm-unsafe-eval' ${sha(script)};style-src 'self' ${sha(style)}`);
  });

  it("leaves 'self' (and only it) on a page with no inline script or style: its files still load", () => {
    const before = page(policy([others.script, others.island], [others.style]), '<script src="/theme.js"></script><script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/a.css">');
    expect(cspOf(tightenPagePolicy(before))).toBe(`default-src 'self';img-src 'self' data:;object-src 'none';script-src 'self' 'wasm-unsafe-eval';style-src 'self'`);
  });

  it('needs no hash for a JSON data block, which never runs', () => {
    const json = '{"a":1}';
    const before = page(policy([sha(json)], []), `<script type="application/json">${json}</script>`);
    expect(cspOf(tightenPagePolicy(before))).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('changes nothing on a page without a CSP meta', () => {
    const html = '<!DOCTYPE html><html><head></head><body><script>x()</script></body></html>';
    expect(tightenPagePolicy(html)).toBe(html);
  });
});
