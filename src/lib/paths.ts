/** getStaticPaths helpers: one page per locale, or per locale × item. */
import { locales, type Locale } from '../i18n/config.ts';

export function localeParams() {
  return locales.map((lang) => ({ params: { lang }, props: { locale: lang as Locale } }));
}
