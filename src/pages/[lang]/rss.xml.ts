/** One RSS feed per language: the articles and interviews written in it. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeTags, type Locale } from '../../i18n/config';
import { useTranslations } from '../../i18n/ui';
import { localePath } from '../../i18n/routes';
import { localeParams } from '../../lib/paths';
import { loadAtlas, loadEntries } from '../../lib/atlas';
import { feedItems } from '../../lib/entries';

export const getStaticPaths = localeParams;

export async function GET({ props, site }: APIContext) {
  const { locale } = props as { locale: Locale };
  const t = useTranslations(locale);
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: new URL(localePath(locale), site).href,
    items: feedItems(await loadEntries(), locale, (await loadAtlas()).tags),
    customData: `<language>${localeTags[locale].bcp47}</language>`,
    trailingSlash: true,
  });
}
