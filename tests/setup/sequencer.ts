/**
 * Order of the test files for Vitest's two workers: the browser gates over the real site first (they
 * grow with the content and are the longest), then the type-check (one long process: at the end it
 * would leave the other worker idle), then the other browser files, then the built-HTML files, then
 * the unit files; within each, Vitest's own order (longest last run first, or largest file
 * first when there is no record, as on a fresh clone). Without it a fresh clone would start the
 * gates, whose file is small, last, and one worker would run them alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const order = ['/tests/e2e/gates-real', '/tests/unit/typecheck', '/tests/e2e/', '/tests/site/', '/tests/unit/'];
const rank = (spec: TestSpecification) => order.findIndex((prefix) => spec.moduleId.includes(prefix));

export default class BrowserFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: Vitest's order holds within each group.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
