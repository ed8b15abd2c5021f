/**
 * The GitHub Pages workflow, checked without GitHub: valid against the Actions workflow schema
 * (@action-validator/core, SchemaStore's schema compiled to WebAssembly), and structurally: the
 * tests run first on Debian with Debian's chromium, only main deploys, the Pages artifact is the
 * build made for the repository's URL, permissions are the least Pages needs, and every
 * expression names a step, job or context that exists.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const file = join(process.cwd(), '.github', 'workflows', 'deploy.yml');
const source = readFileSync(file, 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  container?: { image: string } | string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = parse(source) as Workflow;
const { test, build, deploy } = workflow.jobs as Record<'test' | 'build' | 'deploy', Job>;
const uses = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));
const needs = (job: Job) => [job.needs ?? []].flat();

describe('.github/workflows/deploy.yml', () => {
  it('is a valid workflow for the GitHub Actions schema', () => {
    const { errors } = validateWorkflow(source);
    expect(errors).toEqual([]);
  });

  it('the schema check does catch a broken workflow (so the test above means something)', () => {
    const broken = source.replace(/runs-on: ubuntu-latest/, 'runson: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs on pushes to main, pull requests and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
  });

  it('grants read-only contents by default and Pages rights only to the deploy job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(test.permissions).toBeUndefined();
    expect(build.permissions).toBeUndefined();
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('tests first, on Debian with Debian\'s chromium, through .ci/run (the README\'s test command)', () => {
    const image = typeof test.container === 'string' ? test.container : test.container?.image;
    expect(image).toMatch(/^node:\d+-(bookworm|trixie)/);
    expect(uses(test, 'actions/checkout')).toBeDefined();
    expect(test.steps.some((s) => s.run?.trim() === 'bash .ci/run')).toBe(true);
    const ci = readFileSync(join(process.cwd(), '.ci', 'run'), 'utf8');
    // Debian's chromium (and unzip, for the data-download test) when missing, never a downloaded browser.
    expect(ci).toMatch(/missing\+=\(chromium\)/);
    expect(ci).toMatch(/apt-get install -y[^\n]* "\$\{missing\[@\]\}"/);
    expect(ci).toMatch(/npm ci && npm test/);
  });

  it('builds only after the tests pass, only for main, with site and base from the repository name', () => {
    expect(needs(build)).toEqual(['test']);
    expect(build.if).toContain("github.ref == 'refs/heads/main'");
    expect(build.if).toContain("github.event_name != 'pull_request'");
    const target = build.steps.find((s) => s.id === 'target')!;
    expect(target.run).toContain('GITHUB_REPOSITORY');
    expect(target.run).toMatch(/base="\/\$repo\/"/);
    expect(target.run).toMatch(/https:\/\/\$owner\.github\.io/);
    const buildStep = build.steps.find((s) => s.run?.trim() === 'npm run build')!;
    expect(buildStep.env).toEqual({ ATLAS_SITE: '${{ steps.target.outputs.site }}', ATLAS_BASE: '${{ steps.target.outputs.base }}', ATLAS_CMS_AUTH_URL: '${{ vars.ATLAS_CMS_AUTH_URL }}' });
    const order = build.steps.map((s) => s.id ?? s.uses ?? s.run?.trim());
    expect(order.indexOf('target')).toBeLessThan(order.indexOf('npm run build'));
    expect(order.indexOf('npm ci')).toBeLessThan(order.indexOf('npm run build'));
    expect(uses(build, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
    expect(order.indexOf('npm run build')).toBeLessThan(order.findIndex((s) => String(s).startsWith('actions/upload-pages-artifact@')));
  });

  it('the repository-name rule gives the right site and base for project and user sites', () => {
    const script = build.steps.find((s) => s.id === 'target')!.run!;
    const run = (repository: string, owner: string, overrides: Record<string, string> = {}) => {
      const out = spawnBash(script, { GITHUB_REPOSITORY: repository, GITHUB_REPOSITORY_OWNER: owner, ...overrides });
      return Object.fromEntries(out.trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
    };
    expect(run('Octo/atlas', 'Octo')).toEqual({ site: 'https://octo.github.io', base: '/atlas/' });
    expect(run('octo/octo.github.io', 'octo')).toEqual({ site: 'https://octo.github.io', base: '/' });
    expect(run('octo/atlas', 'octo', { OVERRIDE_SITE: 'https://atlas.example.org', OVERRIDE_BASE: '/' })).toEqual({ site: 'https://atlas.example.org', base: '/' });
  });

  it('deploys the artifact with actions/deploy-pages to the github-pages environment, one at a time', () => {
    expect(needs(deploy)).toEqual(['build']);
    expect(uses(deploy, 'actions/deploy-pages')?.id).toBe('deployment');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('pins every action to a major version and gives every job a runner and a timeout', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job['runs-on'], name).toBe('ubuntu-latest');
      expect((job as { 'timeout-minutes'?: number })['timeout-minutes'], name).toBeGreaterThan(0);
      for (const step of job.steps) {
        if (step.uses) expect(step.uses, name).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        else expect(step.run, `${name}: a step either uses an action or runs a command`).toBeTruthy();
      }
    }
  });

  it('every expression refers to a job, step or context that exists (an actionlint-like check)', () => {
    const contexts = new Set(['github', 'env', 'vars', 'secrets', 'steps', 'needs', 'runner', 'job', 'matrix', 'strategy', 'inputs']);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const need of needs(job)) expect(Object.keys(workflow.jobs), `${name} needs ${need}`).toContain(need);
      const text = JSON.stringify(job);
      const ids = job.steps.map((s) => s.id).filter(Boolean);
      for (const [, expr] of text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)) {
        for (const [ref] of expr!.matchAll(/\b[a-z_]+(?:\.[\w-]+)+/g)) {
          const [context, id] = ref.split('.');
          expect(contexts.has(context!), `${name}: unknown context in "${expr}"`).toBe(true);
          if (context === 'steps') expect(ids, `${name}: step "${id}" in "${expr}"`).toContain(id);
          if (context === 'needs') expect(needs(job), `${name}: needs.${id} in "${expr}"`).toContain(id);
        }
      }
    }
  });
});

/** Runs a step's script as Actions does (bash --noprofile --norc -eo pipefail); returns what it wrote to GITHUB_OUTPUT. */
function spawnBash(script: string, env: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-gh-output-'));
  const output = join(dir, 'output');
  try {
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, OVERRIDE_SITE: '', OVERRIDE_BASE: '', ...env },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`the target step failed: ${result.stderr}`);
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
