/**
 * `npm run cms`: the web editor on this machine, without GitHub. Starts the site's development
 * server, which also serves the editor at `<base>admin/` (src/integrations/cms-admin.ts). The
 * editor's local backend is the browser itself: in Chrome or Edge, "Work with Local Repository"
 * asks for this project's folder (a git repository), and every save writes the files under
 * content/ directly; the development server reloads the pages as they change.
 *
 *   npm run cms                       http://localhost:4321/admin/
 *   npm run cms -- --port 4400        any option of `astro dev`
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminDir, deployTarget } from '../src/lib/deploy.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? args[portArg + 1] : '4321';
const { base } = deployTarget();

console.log(`
Web editor: http://localhost:${port}${base}${adminDir}/  (the site itself: http://localhost:${port}${base}es/)
In Chrome or Edge, click "Work with Local Repository" and choose this folder:
  ${root}
Saving in the editor writes the files under content/ here; run \`npm run check\` before you commit.
Stop with Ctrl+C.
`);

const child = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
