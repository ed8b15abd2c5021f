/**
 * The web editor at `<base>admin/`: Sveltia CMS from node_modules, self-hosted (no CDN, no request
 * to another origin), with a configuration generated from the schemas (scripts/cms-config.ts).
 * - `astro build` writes the files into `dist/admin/`;
 * - `astro dev` (and so `npm run cms`) serves them, the configuration made afresh on every request,
 *   so a new source or country shows up in the selects after a reload.
 *
 * The page is not an Astro page: it is not in the sitemap, carries `noindex`, is left out of the
 * search index (scripts/search-index.ts) and has its own Content-Security-Policy (src/lib/csp.ts),
 * which scripts/headers.ts scopes to `<base>admin/*`.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminPolicy } from '../lib/csp.ts';
import { adminDir } from '../lib/deploy.ts';

const require = createRequire(import.meta.url);
// The package exports only its npm entry (npm/index.js): its dist/ is found next to it.
const sveltiaDist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');
const sveltiaVersion = (JSON.parse(readFileSync(join(sveltiaDist, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The fonts the editor's stylesheet asks a CDN for, served from the @fontsource packages instead. */
const fonts = [
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g, file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g, file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g, file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2' },
];
const fontName = (file: string) => file.split('/').pop()!;

/**
 * The bundle with its requests to other origins pointed home: the three fonts; the update check
 * (it fetches the package's latest package.json from unpkg; here it reads `version.json`, the
 * installed version, so it never finds an update); GitHub's status page, which the sign-in screen
 * asks whether GitHub is down (here `github-status.json`, which reports nothing). Throws when a pattern no longer matches, so an
 * upgrade of the CMS that moves them is noticed at the first build, not in an author's browser.
 */
export function selfHostedBundle(text: string): string {
  let out = text;
  for (const font of fonts) {
    if (!font.cdn.test(out)) throw new Error(`cms-admin: the CMS bundle no longer loads ${fontName(font.file)} from the CDN as expected; update src/integrations/cms-admin.ts`);
    out = out.replace(font.cdn, `fonts/${fontName(font.file)}`);
  }
  const updateCheck = /`\$\{(\w+)\}\/package\.json`/;
  if (!updateCheck.test(out)) throw new Error('cms-admin: the CMS bundle no longer checks for updates as expected; update src/integrations/cms-admin.ts');
  out = out.replace(updateCheck, '`version.json`');
  const statusCheck = 'https://www.githubstatus.com/api/v2/status.json';
  if (!out.includes(statusCheck)) throw new Error('cms-admin: the CMS bundle no longer checks GitHub\'s status as expected; update src/integrations/cms-admin.ts');
  out = out.replaceAll(statusCheck, 'github-status.json');
  if (/cdn\.jsdelivr\.net\/fontsource/.test(out)) throw new Error('cms-admin: the CMS bundle loads a font from a CDN that is not self-hosted');
  return out;
}

/** The admin page: the CMS (which reads `config.yml` beside the page), its editor components, noindex, and its own policy (a `<meta>`; the header adds framing). */
export function adminPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${adminPolicy}">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atlas · content editor</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
</head>
<body>
<script src="sveltia-cms.js"></script>
<script src="components.js"></script>
</body>
</html>
`;
}

/** Every file of `admin/`, by path inside it. The configuration is generated now, from `root`'s content/. */
export async function adminFiles(root: string, siteUrl?: string): Promise<Map<string, string | Buffer>> {
  const { cmsConfig, configYaml, componentsScript, readVocabularies } = await import('../../scripts/cms-config.ts');
  const contentDir = join(root, 'content');
  const files = new Map<string, string | Buffer>();
  files.set('index.html', adminPage());
  files.set('config.yml', configYaml(await cmsConfig({ contentDir, siteUrl })));
  files.set('components.js', componentsScript(readVocabularies(contentDir)));
  files.set('version.json', JSON.stringify({ version: sveltiaVersion }));
  files.set('github-status.json', JSON.stringify({ status: { indicator: 'none', description: 'not checked' } }));
  files.set('sveltia-cms.js', selfHostedBundle(readFileSync(join(sveltiaDist, 'sveltia-cms.js'), 'utf8')));
  for (const name of readdirSync(join(sveltiaDist, 'chunks')).filter((n) => n.endsWith('.js'))) files.set(`chunks/${name}`, readFileSync(join(sveltiaDist, 'chunks', name)));
  for (const font of fonts) files.set(`fonts/${fontName(font.file)}`, readFileSync(require.resolve(font.file)));
  return files;
}

const types: Record<string, string> = { html: 'text/html; charset=utf-8', yml: 'application/yaml; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/json', woff2: 'font/woff2' };

export function cmsAdmin(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let site: string | undefined;
  return {
    name: 'atlas-cms-admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        site = config.site ? new URL(base, config.site).href : undefined;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${adminDir}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (path === prefix.slice(0, -1)) {
            res.writeHead(301, { Location: prefix }).end();
            return;
          }
          if (!path.startsWith(prefix)) return next();
          const name = decodeURIComponent(path.slice(prefix.length)) || 'index.html';
          adminFiles(root, site)
            .then((files) => {
              const body = files.get(name);
              if (body === undefined) return next();
              res.writeHead(200, { 'Content-Type': types[name.split('.').pop()!] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), adminDir);
        for (const [name, body] of await adminFiles(root, site)) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          writeFileSync(join(out, name), body);
        }
      },
    },
  };
}
