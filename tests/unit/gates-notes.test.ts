/** The footnote gate (tests/support/gates/notes.ts) on hand-written pages. */
import { describe, expect, it } from 'vitest';
import { footnoteProblems } from '../support/gates/notes.ts';

const page = (main: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><header>* not here</header><main>${main}</main></body></html>`;

describe('the footnote gate', () => {
  it('reports a marked date with no note', () => {
    expect(footnoteProblems('/p/', page('<ul><li>59,000 followers (as of February 2019*)</li></ul>'))).toEqual([
      '/p/: uses the mark "*" (in "59,000 followers (as of February 2019*)") but no line of the page explains it (a note starting with "*")',
    ]);
  });

  it('reports a marked institution with no note', () => {
    expect(footnoteProblems('/p/', page('<table><tr><td>Government †</td></tr></table>'))).toHaveLength(1);
  });

  it('passes marks explained in a paragraph, or after a line break', () => {
    expect(footnoteProblems('/p/', page('<p>As of 2019*</p><p>* The source gives no date.</p><td>SRE †</td><p>Source: x.<br />† Has forums.</p>'))).toEqual([]);
  });

  it('reads only <main>, and not code', () => {
    expect(footnoteProblems('/p/', page('<p>Nothing marked.</p><pre>a*b</pre><code>x†</code>'))).toEqual([]);
  });
});
