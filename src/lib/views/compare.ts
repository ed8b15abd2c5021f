/** The comparison page: the study's two tables, the diplomatic networks, every chart and the maps, over all countries. */
import type { Locale } from '../../i18n/config.ts';
import { chartSpecs, type ChartSpec } from '../charts.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { networkTable, type NetworkTableView } from '../network.ts';
import { featureTable, presenceTable, type FeatureTable, type PresenceRow } from '../tables.ts';
import { compareMapsView, type CompareMapsView } from './map.ts';

export interface CompareView {
  countries: CountryRecord[];
  presence: PresenceRow[];
  features: FeatureTable;
  /** Every country's network observations, then and now. */
  network: NetworkTableView;
  charts: ChartSpec[];
  /** Choropleths of measures from each country's summary, with their table. */
  maps: CompareMapsView;
}

export function compareView(data: AtlasData, locale: Locale): CompareView {
  return { countries: data.countries, presence: presenceTable(data), features: featureTable(data), network: networkTable(data), charts: chartSpecs(data), maps: compareMapsView(data, locale) };
}
