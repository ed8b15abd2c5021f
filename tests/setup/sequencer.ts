/**
 * Order of the test files for Vitest's two workers: the browser files first, then the built-HTML
 * files, then the unit files; within each, Vitest's own order (longest last run first, or largest file
 * first when there is no record, as on a fresh clone). Without it a fresh clone would start the
 * browser gates, whose files are small, last, and one worker would run them alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const rank = (spec: TestSpecification) => ['/tests/e2e/', '/tests/site/', '/tests/unit/'].findIndex((dir) => spec.moduleId.includes(dir));

export default class BrowserFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: Vitest's order holds within each folder.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
