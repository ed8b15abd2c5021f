/** The comparison page: the study's two tables and every chart, over all countries. */
import { chartSpecs, type ChartSpec } from '../charts.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { featureTable, presenceTable, type FeatureTable, type PresenceRow } from '../tables.ts';

export interface CompareView {
  countries: CountryRecord[];
  presence: PresenceRow[];
  features: FeatureTable;
  charts: ChartSpec[];
}

export function compareView(data: AtlasData): CompareView {
  return { countries: data.countries, presence: presenceTable(data), features: featureTable(data), charts: chartSpecs(data) };
}
