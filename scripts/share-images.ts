/**
 * Makes the share images (Open Graph / Twitter card): one 1200×630 PNG per locale, written to
 * public/share/atlas-<locale>.png and committed. Run it again after changing the site name or
 * tagline in a dictionary, or after adding a locale:
 *
 *   node scripts/share-images.ts          every locale
 *   node scripts/share-images.ts pt       one (npm run new -- locale runs this)
 *
 * It draws a plain HTML card with Debian's Chromium (no downloaded browser, no third-party service;
 * ATLAS_CHROMIUM overrides the path) and screenshots it.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { locales, localeTags, type Locale } from '../src/i18n/config.ts';
import { useTranslations } from '../src/i18n/ui.ts';
import { chromiumPath } from '../src/lib/deploy.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = join(root, 'public', 'share');
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[c as '&']};`);

function card(locale: Locale): string {
  const t = useTranslations(locale, { mark: false });
  // The globe is the site's mark (SiteHeader), drawn large; the grid lines recall a map.
  return `<!doctype html><html lang="${localeTags[locale].bcp47}"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box; padding: 72px 80px 64px;
      background: #15324f; color: #fdfcfa; font-family: 'DejaVu Sans', system-ui, sans-serif; position: relative; overflow: hidden; }
    .globe { position: absolute; right: -190px; top: 70px; width: 560px; height: 560px; color: #8cb8ef; opacity: 0.3; }
    .brand { display: flex; align-items: center; gap: 20px; font-size: 30px; font-weight: 700; letter-spacing: 0.02em; color: #8cb8ef; }
    h1 { font-family: 'DejaVu Serif', Georgia, serif; font-size: 76px; line-height: 1.08; margin: 0; max-width: 860px; }
    p { font-size: 34px; line-height: 1.35; margin: 0; max-width: 820px; color: #e8e6e1; }
    .rule { width: 120px; height: 8px; background: #f0a27a; border-radius: 4px; }
  </style></head><body>
    <svg class="globe" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" stroke-width="0.8"/><path d="M3 16h26M5 9.5h22M5 22.5h22M16 3c4 4 5.5 8.5 5.5 13S20 25 16 29M16 3c-4 4-5.5 8.5-5.5 13S12 25 16 29M16 3v26" fill="none" stroke="currentColor" stroke-width="0.6"/></svg>
    <div class="brand"><svg viewBox="0 0 32 32" width="48" height="48" aria-hidden="true"><circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M3 16h26M16 3c4 4 5.5 8.5 5.5 13S20 25 16 29M16 3c-4 4-5.5 8.5-5.5 13S12 25 16 29" fill="none" stroke="currentColor" stroke-width="2"/></svg>${escape(t('share.kicker'))}</div>
    <div><h1>${escape(t('site.name'))}</h1></div>
    <div class="rule"></div>
    <p>${escape(t('site.tagline'))}</p>
  </body></html>`;
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  const asked = process.argv.slice(2);
  for (const locale of asked.length ? locales.filter((l) => asked.includes(l)) : locales) {
    await page.setContent(card(locale), { waitUntil: 'load' });
    const path = join(outDir, `atlas-${locale}.png`);
    await page.screenshot({ path, type: 'png' });
    console.log(`${path}: ${Math.round(statSync(path).size / 1024)} KB`);
  }
} finally {
  await browser.close();
}
