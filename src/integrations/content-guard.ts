/**
 * Runs the content check before Astro builds anything: a broken content file stops the build with
 * every problem listed (file, line, field, expectation) and nothing is written.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { dictionaryProblems } from '../i18n/ui.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'atlas-content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkContent(join(root, 'content'), root);
        const all = [...problems.map(formatProblem), ...dictionaryProblems()];
        if (!all.length) return;
        const message = `Content check failed with ${all.length} problem${all.length === 1 ? '' : 's'}:\n${all.join('\n')}`;
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
