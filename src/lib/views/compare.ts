/** The comparison page: the study's two tables, the diplomatic networks, every chart and the maps, over all countries. */
import type { Locale } from '../../i18n/config.ts';
import { chartSpecs, type ChartSpec } from '../charts.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { networkTable, type NetworkTableView } from '../network.ts';
import { featureTable, presenceTable, type FeatureTable, type PresenceRow } from '../tables.ts';
import { compareMapsView, type CompareMapsView } from './map.ts';

/**
 * Countries per table part on the comparison page. The two study tables give each country its own
 * column(s); past this many countries they are cut into parts of this many, one table each, so that
 * the browser lays out one small table at a time instead of one of 600 columns (issue 18: at 200
 * countries the single tables cost seconds of style and layout on a phone).
 */
export const COMPARE_TABLE_COUNTRIES = 10;

/** One part of the two study tables: a run of countries in atlas order. */
export interface CompareTablePart {
  countries: CountryRecord[];
  presence: PresenceRow[];
  features: FeatureTable;
  /** 1-based position and count of parts, for the caption ("part 2 of 20"); absent when there is one part. */
  part?: { index: number; count: number };
}

export interface CompareView {
  countries: CountryRecord[];
  /** The presence and features tables, in parts of at most COMPARE_TABLE_COUNTRIES countries. */
  parts: CompareTablePart[];
  /** Every country's network observations, then and now. */
  network: NetworkTableView;
  charts: ChartSpec[];
  /** Choropleths of measures from each country's summary, with their table. */
  maps: CompareMapsView;
}

/** Consecutive runs of at most `size` items (one empty run for an empty list, so that the tables still show). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function compareView(data: AtlasData, locale: Locale, perTable = COMPARE_TABLE_COUNTRIES): CompareView {
  const runs = chunks(data.countries, perTable);
  const parts = runs.map((countries, i) => ({
    countries,
    presence: presenceTable(data, countries),
    features: featureTable(data, countries),
    ...(runs.length > 1 && { part: { index: i + 1, count: runs.length } }),
  }));
  return { countries: data.countries, parts, network: networkTable(data), charts: chartSpecs(data), maps: compareMapsView(data, locale) };
}
