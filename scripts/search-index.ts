/**
 * The search index (Pagefind) of a built site, made through Pagefind's Node API rather than its
 * command line, for one reason: the built HTML is compressed, so neighbouring table cells, list items
 * and terms touch ("<td>ministry</td><td>Twitter</td>"), and Pagefind read them as one word in search
 * excerpts ("ministryTwitter"). Each page is handed over with a space after those elements; the pages
 * on disk are not changed. URLs come from the file paths, as with `pagefind --site`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { adminDir } from '../src/lib/deploy.ts';

/** Elements whose text must not run into the next one's in an excerpt. */
const separated = /<\/(td|th|li|dt|dd|caption|figcaption|p|h[1-6]|div|strong|span|button|label|legend|summary)>/g;

/** Pagefind's input for one page: its text with a space after each cell, item and term. */
export function spacedHtml(html: string): string {
  return html.replace(separated, '$& ');
}

/** The pages to index: every HTML file but the web editor's (`admin/`), which is no page of the atlas. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => !relative(dir, f).startsWith(`${adminDir}/`))
    .sort();
}

/** Writes `<dir>/pagefind/`; throws with Pagefind's errors. */
export async function writeSearchIndex(dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const file of htmlFiles(dir)) {
      const added = await index.addHTMLFile({ sourcePath: relative(dir, file), content: spacedHtml(readFileSync(file, 'utf8')) });
      if (added.errors.length) throw new Error(`Pagefind, ${relative(dir, file)}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
