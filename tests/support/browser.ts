/**
 * Debian's Chromium driven by playwright-core, for tests over the built site. Never a downloaded
 * browser: CI installs the `chromium` package (.ci/run). One browser per test file; pages reused.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const chromiumPath = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';

/** The flags keep Chromium off the network: this machine's closed network refuses its background calls. */
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package (apt-get install -y chromium) or set ATLAS_CHROMIUM.`);
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}

/** The two widths the site must work at: a phone and a desktop. */
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports.desktop, reducedMotion: 'reduce', ...options });
}

/** What went wrong while a page was open: console errors, uncaught exceptions, failed or foreign requests. */
export interface PageProblems {
  list: string[];
  reset(): void;
}

/**
 * Records every console error, page error, failed request, HTTP error and request to another
 * origin than `origin` (data: and blob: URLs are local and allowed).
 */
export function watchPage(page: Page, origin: string): PageProblems {
  const list: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') list.push(`console error: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
  });
  page.on('pageerror', (err) => list.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'unknown';
    // A navigation cancels what the previous page was still loading (an icon, say): not a fault.
    if (error === 'net::ERR_ABORTED') return;
    list.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) list.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) list.push(`request to another origin: ${url}`);
  });
  return { list, reset: () => void list.splice(0) };
}
