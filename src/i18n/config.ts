/** The one list of locales. Adding a locale: add it here, add a dictionary in ./ui, add content. */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Spanish is the source language and the default. */
export const defaultLocale: Locale = 'es';
/** BCP 47 tags used for Intl, <html lang>, hreflang and Open Graph. */
export const localeTags: Record<Locale, { bcp47: string; intl: string; og: string; name: string }> = {
  es: { bcp47: 'es', intl: 'es-ES', og: 'es_ES', name: 'Español' },
  en: { bcp47: 'en', intl: 'en-GB', og: 'en_GB', name: 'English' },
};
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
