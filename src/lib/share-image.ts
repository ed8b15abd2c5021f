/** The share image of a locale (public/share/atlas-<locale>.png, made by scripts/share-images.ts). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from '../i18n/config.ts';
import { filePath } from '../i18n/routes.ts';

/** The locale's image, or the source language's while a newly added locale has none yet. */
export function shareImagePath(locale: Locale): string {
  const own = existsSync(join(process.cwd(), 'public', 'share', `atlas-${locale}.png`));
  return filePath('share', `atlas-${own ? locale : defaultLocale}.png`);
}
