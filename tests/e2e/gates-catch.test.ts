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
import type { BuiltSite } from '../support/sites.ts';

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

/**
 * A clean page, and pages with several defects at once, so that each gate runs only a few times:
 * the defects do not hide one another (each is in its own element).
 */
const pages: Record<string, string> = {
  clean: page('A clean page', '<p>Some text a reader can read, long enough to count as content.</p><p><a href="/clean/">A link</a> <button type="button">A button</button></p>'),
  'desktop-defects': page(
    'Every desktop defect',
    [
      '<p>Text enough to be a page with content in its main part.</p>',
      '<button type="button" class="bare">Press</button>',
      '<div style="width: 2000px">wide</div>',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">',
      '<dl style="display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); width: 12rem"><dt>Features of the ministry website</dt><dd>8 of 10 features present</dd></dl>',
      '<div style="overflow: hidden; width: 10rem"><table><tr><th>Country</th><td>Embassies</td><td>Consulates</td><td>Missions</td><td>Offices</td></tr></table></div>',
      '<p style="width: 8rem; overflow: hidden; white-space: nowrap">Atlas de Diplomacia Digital</p>',
      '<figure><figcaption>A blank chart</figcaption><atlas-chart data-drawn="true"><canvas width="300" height="200"></canvas></atlas-chart><table><tbody><tr><td>1</td></tr></tbody></table></figure>',
    ].join(''),
    { skip: false, css: '.bare:focus-visible { outline: none; } header { display: flex; flex-wrap: wrap; }' },
  ).replace('<nav aria-label="Site"><a href="/clean/">Home</a></nav>', '<nav aria-label="Site" style="width: 70rem"><a href="/clean/">Home</a></nav><a href="/clean/">Language</a>'),
  // Text written by a script after the first paint; and, apart (a page that scrolls sideways hides layout shifts), a navigation off the screen.
  'phone-script': page('Text only with scripts', '<p>Text enough to be a page with content in its main part.</p><script type="module">document.querySelector("h1").insertAdjacentHTML("afterend", "<p>Written by a script</p>")</script>'),
  'phone-nav': page('Navigation off the screen', '<p>Text enough to be a page with content in its main part.</p>').replace(
    '<nav aria-label="Site"><a href="/clean/">Home</a></nav>',
    '<nav aria-label="Site" style="display: flex; gap: 2rem; white-space: nowrap"><a href="/clean/">Countries</a><a href="/clean/">Comparison</a><a href="/clean/">Directory</a><a href="/clean/">Articles</a><a href="/clean/">Interviews</a><a href="/clean/">Sources</a></nav>',
  ),
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

  describe('at 1280 px report', () => {
    let problems = '';
    beforeAll(async () => {
      problems = (await gates.desktop('/desktop-defects/')).join('\n');
    });
    it.each([
      ['a missing skip link', 'no skip link before the header'],
      ['a control without a visible focus', 'button "Press": no visible focus indicator'],
      ['sideways scroll', 'page scrolls sideways'],
      ['an image without a text alternative', 'image-alt'],
      ['a squeezed card', 'dd "8 of 10 features present" is 0 px wide, narrower than its word "features"'],
      ['content hidden by a box that does not scroll', 'which hides what overflows instead of scrolling'],
      ['a box that cuts off its own text', 'cuts off its own text'],
      ['a chart that draws nothing', 'chart "A blank chart" is blank (0 painted pixels'],
    ])('%s', (_what, problem) => {
      expect(problems).toContain(problem);
    });
    it('a header in two rows at 1024 px', async () => {
      expect((await gates.headerAt('/desktop-defects/', 1024)).join('\n')).toContain('the header wraps onto a second row at 1024 px');
      expect(await gates.headerAt('/clean/', 1024)).toEqual([]);
    });
  });

  describe('at 390 px report', () => {
    it('a navigation link off the screen', async () => {
      expect((await gates.phone('/phone-nav/')).join('\n')).toMatch(/navigation link "(Interviews|Sources)" is off the screen/);
    });
    it('text a script writes after the first paint: it moves the page, and is missing without JavaScript', async () => {
      const problems = (await gates.phone('/phone-script/')).join('\n');
      expect(problems).toContain('layout shift once the scripts run after the first paint');
      expect(problems).toContain('without JavaScript, this is missing or hidden: <p> "Written by a script"');
    });
  });

  it('(and the Nu HTML Checker) report a script after </html> and an article without a heading', () => {
    const bad = mkdtempSync(join(tmpdir(), 'atlas-nu-'));
    try {
      writeFileSync(join(bad, 'index.html'), pages.clean!.replace('</main>', '<article><p>No heading here.</p></article></main>') + '<script type="module" src="/x.js"></script>');
      const site = (folder: string): BuiltSite => ({ name: 'fixture', dist: folder, content: folder, site: 'http://127.0.0.1', base: '/', fingerprint: 'hand-written' });
      const report = nuProblems([site(bad), site(join(dist, 'clean'))]);
      const problems = report.get(bad)!.join('\n');
      expect(problems).toContain('Stray start tag');
      expect(problems).toContain('Article lacks heading');
      expect(report.get(join(dist, 'clean'))).toEqual([]);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  }, 180_000);

});
