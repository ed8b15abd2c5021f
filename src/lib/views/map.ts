/**
 * What the maps show, for the pages that have them: the locator map of the atlas's countries (home,
 * the list of countries) and the comparison page's choropleths of measures derived from the
 * profiles (`countrySummary`, the same figures as each country's "at a glance"). Pure: the
 * components in src/components/map/ only render these.
 */
import type { Locale } from '../../i18n/config.ts';
import { localePath } from '../../i18n/routes.ts';
import { useTranslations, type Translate } from '../../i18n/ui.ts';
import { formatCount, formatNumber, formatPercent } from '../format.ts';
import { worldMap, type MapPlace } from '../map.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { featureTable } from '../tables.ts';
import { countrySummary } from './country.ts';
import { inLocale, plainIn } from '../localized.ts';

export interface LocatorPlace extends MapPlace {
  name: string;
  href: string;
}

export interface LocatorMapView {
  width: number;
  height: number;
  land: string;
  /** In the page language's alphabetical order, which is the order of the links for the keyboard. */
  places: LocatorPlace[];
  title: string;
  /** What the map shows, in words: the countries (when few enough to name) and what a click does. */
  description: string;
}

/** Countries named in a map's description up to this many; past it, their number. */
const NAMED = 8;

const byName = (locale: Locale) => (a: CountryRecord, b: CountryRecord) => plainIn(a.name, locale).localeCompare(plainIn(b.name, locale), locale);

export function locatorMapView(data: AtlasData, locale: Locale): LocatorMapView {
  const t = useTranslations(locale);
  const countries = [...data.countries].sort(byName(locale));
  const map = worldMap(countries);
  const names = countries.map((c) => inLocale(c.name, locale));
  return {
    width: map.width,
    height: map.height,
    land: map.land,
    places: map.places.map((p, i) => ({ ...p, name: names[i]!, href: localePath(locale, 'countries', p.id) })),
    title: t('map.locator.title'),
    description:
      names.length <= NAMED
        ? t('map.locator.descNamed', { count: names.length, list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) })
        : t('map.locator.descCount', { count: formatNumber(locale, names.length) }),
  };
}

export type MeasureId = 'features' | 'audience' | 'missions';
/** Classes from lowest to highest, then "no data". */
export type MapClass = 'c1' | 'c2' | 'c3' | 'c4' | 'none';

export interface ChoroplethPlace {
  id: string;
  cls: MapClass;
  /** "Mexico: 12 of 20 (60%)", the country's value in words. */
  label: string;
}

export interface ChoroplethView {
  id: MeasureId;
  title: string;
  description: string;
  /** Each class with its range in words and how many countries fall in it ("3 countries"); "no data" last, when any. */
  legend: { cls: MapClass; label: string; count: string }[];
  places: ChoroplethPlace[];
}

export interface CompareMapsView {
  width: number;
  height: number;
  land: string;
  /** Every country's shape or dot, drawn once per page and used by each map. */
  shapes: MapPlace[];
  maps: ChoroplethView[];
  /** The maps' figures as a table, their fallback: one row per country, one cell per map. */
  rows: { id: string; name: string; cells: string[] }[];
}

interface Measure {
  id: MeasureId;
  /** The lower bound of classes c2, c3 and c4. */
  breaks: [number, number, number];
  format: (locale: Locale, v: number) => string;
  value: (data: AtlasData, country: CountryRecord, locale: Locale, t: Translate) => { value: number; text: string } | undefined;
}

const shareBreaks: [number, number, number] = [0.25, 0.5, 0.75];

const measures: Measure[] = [
  {
    id: 'features',
    breaks: shareBreaks,
    format: formatPercent,
    value: (data, country, locale, t) => {
      const f = summaryOf(data, country).features;
      return f && { value: f.present / f.recorded, text: t('map.value.share', { part: t('country.summary.featuresValue', { present: f.present, recorded: f.recorded }), percent: formatPercent(locale, f.present / f.recorded) }) };
    },
  },
  {
    id: 'audience',
    breaks: [10_000, 100_000, 1_000_000],
    format: formatNumber,
    value: (data, country, locale, t) => {
      const a = summaryOf(data, country).largestAudience;
      return a && { value: a.value, text: t('map.value.audience', { value: formatCount(locale, a.value, a.qualifier), platform: a.platformName }) };
    },
  },
  {
    id: 'missions',
    breaks: shareBreaks,
    format: formatPercent,
    value: (data, country, locale, t) => {
      const m = summaryOf(data, country).missionsWithWebsite;
      if (!m || m.total === 0) return undefined;
      const part = t('country.summary.featuresValue', { present: formatNumber(locale, m.withWebsite), recorded: formatNumber(locale, m.total) });
      return { value: m.withWebsite / m.total, text: t('map.value.share', { part, percent: formatPercent(locale, m.withWebsite / m.total) }) };
    },
  },
];

const summaries = new WeakMap<CountryRecord, ReturnType<typeof countrySummary>>();
function summaryOf(data: AtlasData, country: CountryRecord) {
  let s = summaries.get(country);
  if (!s) summaries.set(country, (s = countrySummary(data, country, featureTable(data, [country]))));
  return s;
}

/** "1 country", "3 countries": Intl's plural rules pick the form. */
export function countriesText(locale: Locale, t: Translate, n: number): string {
  return t(new Intl.PluralRules(locale).select(n) === 'one' ? 'map.legend.count.one' : 'map.legend.count.other', { count: formatNumber(locale, n) });
}

/** The class of a value: c1 below the first break, c4 from the last one. */
export function classOf(value: number, breaks: readonly [number, number, number]): Exclude<MapClass, 'none'> {
  const above = breaks.filter((b) => value >= b).length;
  return (['c1', 'c2', 'c3', 'c4'] as const)[above]!;
}

export function compareMapsView(data: AtlasData, locale: Locale): CompareMapsView {
  const t = useTranslations(locale);
  const countries = [...data.countries].sort(byName(locale));
  const map = worldMap(countries);
  const values = measures.map((m) => countries.map((c) => m.value(data, c, locale, t)));
  const maps = measures.map((m, i): ChoroplethView => {
    const vs = values[i]!;
    const places = countries.map((c, j): ChoroplethPlace => {
      const v = vs[j];
      return { id: c.id, cls: v ? classOf(v.value, m.breaks) : 'none', label: `${inLocale(c.name, locale)}: ${v ? v.text : t('data.none')}` };
    });
    const [b1, b2, b3] = m.breaks.map((b) => m.format(locale, b));
    const ranges: [MapClass, string][] = [
      ['c1', t('map.range.below', { max: b1! })],
      ['c2', t('map.range.from', { min: b1!, max: b2! })],
      ['c3', t('map.range.from', { min: b2!, max: b3! })],
      ['c4', t('map.range.atLeast', { min: b3! })],
    ];
    const count = (cls: MapClass) => places.filter((p) => p.cls === cls).length;
    const none = count('none');
    const known = countries.flatMap((c, j) => (vs[j] ? [{ name: inLocale(c.name, locale), ...vs[j]! }] : []));
    // The countries that share the highest (lowest) value are all named: "Genovia and Latveria (1 of 4, 25%)".
    const extreme = (pick: (values: number[]) => number) => {
      const target = pick(known.map((k) => k.value));
      const at = known.filter((k) => k.value === target);
      const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(at.map((k) => k.name));
      return `${names} (${at.every((k) => k.text === at[0]!.text) ? at[0]!.text : m.format(locale, target)})`;
    };
    const parts = [t(`map.${m.id}.about`)];
    if (known.length > 1) parts.push(t('map.desc.range', { count: formatNumber(locale, known.length), high: extreme((v) => Math.max(...v)), low: extreme((v) => Math.min(...v)) }));
    else if (known.length === 1) parts.push(t('map.desc.one', { value: extreme((v) => v[0]!) }));
    if (none) parts.push(t('map.desc.none', { count: formatNumber(locale, none) }));
    parts.push(t('map.desc.table'));
    return {
      id: m.id,
      title: t(`map.${m.id}.title`),
      description: parts.join(' '),
      legend: [...ranges, ...(none ? [['none', t('data.none')] as [MapClass, string]] : [])].map(([cls, label]) => ({ cls, label, count: countriesText(locale, t, count(cls)) })),
      places,
    };
  });
  return {
    width: map.width,
    height: map.height,
    land: map.land,
    shapes: map.places,
    maps,
    rows: countries.map((c, j) => ({ id: c.id, name: inLocale(c.name, locale), cells: values.map((vs) => vs[j]?.text ?? t('data.none')) })),
  };
}
