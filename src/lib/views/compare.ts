/** The comparison page: the study's two tables, the diplomatic networks and every chart, over all countries. */
import { chartSpecs, type ChartSpec } from '../charts.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { networkTable, type NetworkTableView } from '../network.ts';
import { featureTable, presenceTable, type FeatureTable, type PresenceRow } from '../tables.ts';

export interface CompareView {
  countries: CountryRecord[];
  presence: PresenceRow[];
  features: FeatureTable;
  /** Every country's network observations, then and now. */
  network: NetworkTableView;
  charts: ChartSpec[];
}

export function compareView(data: AtlasData): CompareView {
  return { countries: data.countries, presence: presenceTable(data), features: featureTable(data), network: networkTable(data), charts: chartSpecs(data) };
}
