/** `npm run check`: validates all content without building the site. Exits 1 on any problem. */
import { join } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { dictionaryProblems } from '../src/i18n/ui.ts';

const root = process.cwd();
const started = performance.now();
const { problems, files } = checkContent(join(root, 'content'), root);
const all = [...problems.map(formatProblem), ...dictionaryProblems()];
const ms = Math.round(performance.now() - started);
if (all.length) {
  console.error(all.join('\n'));
  console.error(`\n${all.length} problem${all.length === 1 ? '' : 's'} in ${files} content files (${ms} ms).`);
  process.exit(1);
}
console.log(`Content OK: ${files} files checked in ${ms} ms.`);
