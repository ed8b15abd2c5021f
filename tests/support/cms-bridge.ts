/**
 * The web editor's local repository in a test. Sveltia CMS works on a folder the author picks with
 * `showDirectoryPicker()` (File System Access API); a test cannot answer a system dialog, so the
 * picker returns a folder of the page's origin-private file system instead: the same API with real
 * file handles (which the editor may keep in IndexedDB, as it does with a picked folder). The folder
 * is filled from a project's content/ before the editor opens it and read back after a save.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Name of the folder inside the origin-private file system. */
const folder = 'project';

/** From now on, every page of the context gets that folder when it asks for a directory. */
export async function usePrivateFolderAsPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }),
    });
  }, folder);
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) filesUnder(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * Replaces the folder with `contentDir` as its content/, plus an empty git repository marker (the
 * editor accepts only the root of a git repository).
 */
export async function pushContent(page: Page, contentDir: string): Promise<void> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  for (const file of filesUnder(contentDir)) files[`content/${relative(contentDir, file).split('\\').join('/')}`] = readFileSync(file, 'utf8');
  await page.evaluate(
    async ({ name, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(name, { recursive: true }).catch(() => undefined);
      const root = await opfs.getDirectoryHandle(name, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name: folder, files },
  );
}

/** Every file under the folder's content/, by path (`content/countries/mx.yaml`). */
export async function pullContent(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(async (name) => {
    const out: [string, string][] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entry, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
        else out.push([`${prefix}${entry}`, await (await (handle as FileSystemFileHandle).getFile()).text()]);
      }
    };
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
    await walk(await root.getDirectoryHandle('content'), 'content/');
    return out;
  }, folder);
  return new Map(entries);
}
