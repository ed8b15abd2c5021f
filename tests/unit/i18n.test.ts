import { describe, expect, it } from 'vitest';
import { dictionaries, dictionaryProblems, useTranslations } from '../../src/i18n/ui.ts';
import { locales } from '../../src/i18n/config.ts';
import { markFallback } from '../../src/lib/localized.ts';
import { alternates, localePath, pageSegments, swapLocale } from '../../src/i18n/routes.ts';
import { decimalYear, formatCount, formatNumber, formatPartialDate } from '../../src/lib/format.ts';

describe('dictionaries', () => {
  it('have the same keys in every locale', () => {
    expect(dictionaryProblems()).toEqual([]);
    for (const l of locales.filter((l) => l === 'es' || l === 'en')) expect(Object.keys(dictionaries[l]!).sort()).toEqual(Object.keys(dictionaries.es!).sort());
  });
  it('fill placeholders', () => {
    expect(useTranslations('en')('country.featuresCount', { count: 6, total: 10 })).toBe('6 of 10 features present');
    expect(useTranslations('es')('country.featuresCount', { count: 8, total: 10 })).toBe('8 de 10 funciones presentes');
  });
  it('fall back to Spanish for a key a locale lacks', () => {
    const en = dictionaries.en as Record<string, string>;
    const saved = en['nav.home'];
    delete en['nav.home'];
    try {
      // Marked with its language, so the page can say so (src/lib/localized.ts); unmarked on request.
      expect(useTranslations('en')('nav.home')).toBe(markFallback(dictionaries.es['nav.home']!, 'es'));
      expect(useTranslations('en', { mark: false })('nav.home')).toBe(dictionaries.es['nav.home']);
      expect(useTranslations('es')('nav.home')).toBe(dictionaries.es['nav.home']);
    } finally {
      en['nav.home'] = saved!;
    }
  });
});

describe('localized paths', () => {
  it('builds and swaps locale paths', () => {
    expect(localePath('es', 'countries', 'mx')).toBe('/es/countries/mx/');
    expect(localePath('en')).toBe('/en/');
    expect(swapLocale('/es/countries/mx/', 'en')).toBe('/en/countries/mx/');
    expect(pageSegments('/en/compare/')).toEqual({ locale: 'en', segments: ['compare'] });
    expect(alternates('/es/compare/', ['es', 'en']).map((a) => a.href)).toEqual(['/es/compare/', '/en/compare/']);
    // By default, every declared language.
    expect(alternates('/es/compare/').map((a) => a.href)).toEqual(locales.map((l) => `/${l}/compare/`));
  });
});

describe('Intl formatting', () => {
  it('formats counts in the page locale', () => {
    expect(formatNumber('en', 870000)).toBe('870,000');
    expect(formatNumber('es', 870000)).toBe('870.000');
    expect(formatCount('en', 720000, 'more-than')).toBe('more than 720,000');
    expect(formatCount('es', 2000000, 'almost')).toBe('casi 2.000.000');
  });
  it('formats partial dates at their precision', () => {
    expect(formatPartialDate('en', '2019-02')).toBe('February 2019');
    expect(formatPartialDate('es', '2019-02')).toBe('febrero de 2019');
    expect(formatPartialDate('es', '2017-03-20')).toBe('20 de marzo de 2017');
    expect(formatPartialDate('en', '2009', 'late')).toBe('late 2009');
    expect(formatPartialDate('es', '2014')).toBe('2014');
  });
  it('places partial dates inside the period they name', () => {
    expect(decimalYear('2014')).toBeGreaterThan(2014);
    expect(decimalYear('2014')).toBeLessThan(2015);
    expect(decimalYear('2014-04')).toBeLessThan(decimalYear('2014-05'));
    expect(decimalYear('2009', 'late')).toBeGreaterThan(decimalYear('2009', 'early'));
  });
});
