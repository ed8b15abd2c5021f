/**
 * `npm run check`: validates all content without building the site. Exits 1 on any problem.
 * `npm run check -- --strict` also fails on warnings (TODO placeholders left by `npm run new`, UI
 * strings a language has not translated yet).
 */
import { join } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { dictionaryProblems, missingUiStringWarnings } from '../src/i18n/ui.ts';

const strict = process.argv.includes('--strict');
const root = process.cwd();
const started = performance.now();
const checked = checkContent(join(root, 'content'), root);
const { problems, files } = checked;
const warnings = [...checked.warnings, ...missingUiStringWarnings()];
const all = [...problems.map(formatProblem), ...dictionaryProblems()];
const ms = Math.round(performance.now() - started);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (warnings.length) {
  console.warn(warnings.map((w) => `warning: ${formatProblem(w)}`).join('\n'));
  console.warn(`${plural(warnings.length, 'warning')}: placeholders still to be filled in and translations still to be made (they do not stop the build${strict ? ', but --strict fails on them' : ''}).\n`);
}
if (all.length) {
  console.error(all.join('\n'));
  console.error(`\n${plural(all.length, 'problem')} in ${files} content files (${ms} ms). See "What the error messages mean" in docs/authors-guide.en.md (or .es.md).`);
  process.exit(1);
}
if (strict && warnings.length) process.exit(1);
console.log(`Content OK: ${files} files checked in ${ms} ms.`);
