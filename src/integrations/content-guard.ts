/**
 * Runs the content check before Astro builds anything: a broken content file stops the build with
 * every problem listed (file, line, field, expectation) and nothing is written.
 *
 * Two more guards:
 * - a Vite plugin refuses to compile an entry whose MDX imports, exports, evaluates an expression,
 *   uses raw HTML or an unknown component, whatever route asks for it (also in `astro dev`);
 * - in `astro dev`, the check runs again whenever a file under `content/` changes, and the folder is
 *   watched so that pages reload.
 *
 * `ATLAS_CONTENT_CHECK=warn` logs the problems instead of failing: only for tests that must build
 * deliberately bad content (e.g. to prove that pages escape markup). The MDX guard stays on.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContent, checkMdxBody, formatProblem, type Problem } from '../lib/content-check.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { dictionaryProblems, missingUiStringWarnings } from '../i18n/ui.ts';
import { contentCheckWarns } from '../lib/deploy.ts';

function runCheck(root: string): { errors: string[]; unsafe: string[]; warnings: Problem[] } {
  const { problems, warnings } = checkContent(join(root, 'content'), root);
  return { errors: [...problems.map(formatProblem), ...dictionaryProblems()], unsafe: problems.filter((p) => p.unsafe).map(formatProblem), warnings: [...warnings, ...missingUiStringWarnings()] };
}

function report(errors: string[]): string {
  return `Content check failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}\n(see "What the error messages mean" in docs/authors-guide.en.md)`;
}

/** The MDX problems of one entry's source, as the build sees it. Exported for tests. */
export function mdxSourceProblems(code: string, file: string): Problem[] {
  const split = splitFrontmatter(code);
  if (split.kind === 'executable') {
    return [{ file, line: 1, field: '(frontmatter)', message: `frontmatter in "${split.language}" is not allowed: frontmatter is data, never code`, expected: 'YAML frontmatter opened by a plain "---" line' }];
  }
  if (split.kind === 'unclosed') return [{ file, line: 1, field: '(frontmatter)', message: 'the frontmatter is never closed', expected: 'a line with just "---" after the last field, before the text' }];
  return split.kind === 'yaml' ? checkMdxBody(file, split.body, split.bodyLine) : checkMdxBody(file, code, 1);
}

/** A path with every symbolic link resolved, as Vite names the modules it compiles. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Refuses to compile an MDX entry under `content/` that is not plain Markdown plus documented
 * components, and any MDX outside `content/`: the site has none of its own, so such a file can only
 * come from a symbolic link in content/ (Vite hands over the real path of the link's target).
 */
export function mdxGuardPlugin(root: string): Plugin {
  const contentDir = join(realPath(root), 'content') + sep;
  return {
    name: 'atlas-mdx-guard',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const file = realPath(id.replace(/\?.*$/, ''));
        if (file.includes(`${sep}node_modules${sep}`)) return null;
        if (!file.startsWith(contentDir)) throw new Error(`MDX outside content/ is not compiled: ${file} (entries live in content/ as plain files; a symbolic link in content/ leads here)`);
        const problems = mdxSourceProblems(code, relative(root, id));
        if (problems.length) throw new Error(`Unsafe MDX in ${relative(root, id)}:\n${problems.map(formatProblem).join('\n')}`);
        return null;
      },
    },
  };
}

function logWarnings(logger: AstroIntegrationLogger, warnings: Problem[]) {
  if (!warnings.length) return;
  const perFile = new Map<string, number>();
  for (const w of warnings) perFile.set(w.file, (perFile.get(w.file) ?? 0) + 1);
  logger.warn(`${warnings.length} placeholder${warnings.length === 1 ? '' : 's'} still to be filled in (\`npm run check\` lists them): ${[...perFile].map(([f, n]) => `${f} (${n})`).join(', ')}`);
}

export function contentGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'atlas-content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        updateConfig({ vite: { plugins: [mdxGuardPlugin(root)] } });
        const started = performance.now();
        const { errors, unsafe, warnings } = runCheck(root);
        logWarnings(logger, warnings);
        if (!errors.length) {
          logger.info(`Content OK (${Math.round(performance.now() - started)} ms).`);
          return;
        }
        // Content loaders would read what a symbolic link points to: never, not even in dev.
        if (unsafe.length) throw new Error(report(unsafe));
        if (command === 'dev' || contentCheckWarns()) logger.error(report(errors));
        else throw new Error(report(errors));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content');
        // The content layer watches its loaders' files; watching the whole folder also catches new
        // files in new folders and vocabularies, and lets the check below see every change.
        server.watcher.add(contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        let lastErrors = '';
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { errors } = runCheck(root);
            const now = errors.join('\n');
            if (errors.length) logger.error(report(errors));
            else if (lastErrors) logger.info('Content OK again.');
            lastErrors = now;
          }, 150);
        });
      },
    },
  };
}
