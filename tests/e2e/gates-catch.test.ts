/**
 * The browser gates can fail: a hand-written page with one known defect per gate, each reported,
 * and a clean page with none. (The gates run over every built page in gates-real/-fixture; this
 * keeps them honest when they are made faster or stricter.)
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserGates, type BrowserGates } from '../support/gates/browser.ts';
import { nuProblems } from '../support/gates/nu.ts';

const style = `
  body { margin: 0; font: 16px/1.5 sans-serif; color: #111; background: #fff; }
  a, button { color: #00c; }
  :focus-visible { outline: 3px solid #00c; }
  .skip-link { position: absolute; left: -999px; }
  .skip-link:focus { left: 0; }
`;

function page(title: string, body: string, { skip = true, css = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><link rel="icon" href="data:,"><style>${style}${css}</style></head>
<body>${skip ? '<a class="skip-link" href="#main">Skip to content</a>' : ''}<header><nav aria-label="Site"><a href="/clean/">Home</a></nav></header>
<main id="main" tabindex="-1"><h1>${title}</h1>${body}</main></body></html>`;
}

const pages: Record<string, string> = {
  clean: page('A clean page', '<p>Some text a reader can read, long enough to count as content.</p><p><a href="/clean/">A link</a> <button type="button">A button</button></p>'),
  'no-skip-link': page('No skip link', '<p>Text enough to be a page with content in its main part.</p>', { skip: false }),
  'no-focus-ring': page('No focus ring', '<p>Text enough to be a page with content.</p><button type="button" class="bare">Press</button>', { css: '.bare:focus-visible { outline: none; }' }),
  'sideways': page('Too wide', '<p>Text enough to be a page with content in its main part.</p><div style="width: 2000px">wide</div>'),
  'image-without-alt': page('An image without text', '<p>Text enough to be a page with content in its main part.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">'),
  'squeezed-card': page('A squeezed card', '<p>Text enough to be a page with content in its main part.</p><dl style="display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); width: 12rem"><dt>Features of the ministry website</dt><dd>8 of 10 features present</dd></dl>'),
  'clipped': page('Clipped figures', '<p>Text enough to be a page with content in its main part.</p><div style="overflow: hidden; width: 10rem"><table><tr><th>Country</th><td>Embassies</td><td>Consulates</td><td>Missions</td><td>Offices</td></tr></table></div>'),
  'cut-text': page('Cut text', '<p>Text enough to be a page with content in its main part.</p><p style="width: 8rem; overflow: hidden; white-space: nowrap">Atlas de Diplomacia Digital</p>'),
  'two-row-header': page('A header in two rows', '<p>Text enough to be a page with content in its main part.</p>', { css: 'header { display: flex; flex-wrap: wrap; } header nav { width: 70rem; } header::after { content: ""; }' }).replace('<nav aria-label="Site"><a href="/clean/">Home</a></nav>', '<nav aria-label="Site" style="width: 70rem"><a href="/clean/">Home</a></nav><a href="/clean/">Language</a>'),
  'nav-off-screen': page('Navigation off the screen', '<p>Text enough to be a page with content in its main part.</p>').replace('<nav aria-label="Site"><a href="/clean/">Home</a></nav>', '<nav aria-label="Site" style="display: flex; gap: 2rem; white-space: nowrap"><a href="/clean/">Countries</a><a href="/clean/">Comparison</a><a href="/clean/">Directory</a><a href="/clean/">Articles</a><a href="/clean/">Interviews</a><a href="/clean/">Sources</a></nav>'),
  'text-only-with-scripts': page('Text only with scripts', '<p>Text enough to be a page with content in its main part.</p><script type="module">document.querySelector("h1").insertAdjacentHTML("afterend", "<p>Written by a script</p>")</script>'),
};

describe('the browser gates', () => {
  let dist: string;
  let gates: BrowserGates;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'atlas-gates-'));
    for (const [name, html] of Object.entries(pages)) {
      mkdirSync(join(dist, name));
      writeFileSync(join(dist, name, 'index.html'), html);
    }
    gates = await openBrowserGates({ name: 'fixture', dist, content: dist, site: 'http://127.0.0.1', base: '/', fingerprint: 'hand-written' });
  });
  afterAll(async () => {
    await gates?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('pass a clean page', async () => {
    expect((await gates.all('/clean/')).join('\n')).toBe('');
  });
  it.each([
    ['no-skip-link', 'no skip link before the header'],
    ['no-focus-ring', 'button "Press": no visible focus indicator'],
    ['sideways', 'page scrolls sideways'],
    ['image-without-alt', 'image-alt'],
    ['squeezed-card', 'dd "8 of 10 features present" is 0 px wide, narrower than its word "features"'],
    ['clipped', 'which hides what overflows instead of scrolling'],
    ['cut-text', 'cuts off its own text'],
    ['two-row-header', 'the header wraps onto a second row at 1024 px'],
  ])('report %s', async (name, problem) => {
    expect((await gates.desktop(`/${name}/`)).join('\n')).toContain(problem);
  });
  it('(and the Nu HTML Checker) report a script after </html> and an article without a heading', () => {
    const bad = mkdtempSync(join(tmpdir(), 'atlas-nu-'));
    try {
      writeFileSync(join(bad, 'index.html'), pages.clean!.replace('</main>', '<article><p>No heading here.</p></article></main>') + '<script type="module" src="/x.js"></script>');
      const problems = nuProblems({ name: 'fixture', dist: bad, content: bad, site: 'http://127.0.0.1', base: '/', fingerprint: 'hand-written' }).join('\n');
      expect(problems).toContain('Stray start tag');
      expect(problems).toContain('Article lacks heading');
      expect(nuProblems({ name: 'fixture', dist: join(dist, 'clean'), content: dist, site: 'http://127.0.0.1', base: '/', fingerprint: 'hand-written' })).toEqual([]);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('report, at 390 px, a navigation link off the screen', async () => {
    expect((await gates.phone('/nav-off-screen/')).join('\n')).toMatch(/navigation link "(Interviews|Sources)" is off the screen/);
  });

  it('report, at 390 px, text that a script writes after the first paint (it moves the page, and is missing without JavaScript)', async () => {
    const problems = (await gates.phone('/text-only-with-scripts/')).join('\n');
    expect(problems).toContain('layout shift once the scripts run after the first paint');
    expect(problems).toContain('without JavaScript, this is missing or hidden: <p> "Written by a script"');
  });
});
