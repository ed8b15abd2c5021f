/**
 * The type-check, as part of `npm test`: `astro sync` writes the content-collection types, then
 * `tsc --noEmit` checks every TypeScript file of the project, tests included, in strict mode
 * (tsconfig.json extends astro/tsconfigs/strict). Run here rather than before Vitest so that it runs
 * beside the other tests instead of ahead of them. `npm run typecheck` runs the same on its own.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);

function run(command: string, args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd() });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

it('type-checks with 0 errors (strict, tests included)', async () => {
  const sync = await run(bin('astro'), ['sync']);
  expect(sync.status, sync.output).toBe(0);
  const tsc = await run(bin('tsc'), ['--noEmit', '-p', '.']);
  expect(tsc.output.trim()).toBe('');
  expect(tsc.status).toBe(0);
}, 180_000);
