/** The study's Table 1 (digital presence) and Table 2 (website features), derived for any number of countries. */
import type { AtlasData, CountryRecord } from './model.ts';
import type { Institution } from '../schemas/country.ts';
import type { Feature, InstitutionKind, Platform } from '../schemas/vocabularies.ts';

export interface PresenceEntry {
  institution: Institution;
  /** Distinct platforms the institution has accounts on, in vocabulary order. */
  platforms: Platform[];
}

export interface PresenceRow {
  kind: InstitutionKind;
  /** One cell per country, in the order of `countries`; empty when the country file has no such institution. */
  cells: PresenceEntry[][];
}

export function presenceTable(data: AtlasData, countries: CountryRecord[] = data.countries): PresenceRow[] {
  const platformOrder = new Map(data.platforms.map((p, i) => [p.id, i]));
  const kinds = [...data.kinds].sort((a, b) => a.order - b.order);
  return kinds
    .map((kind) => ({
      kind,
      cells: countries.map((country) =>
        country.institutions
          .filter((inst) => inst.kind === kind.id)
          .map((institution) => ({
            institution,
            platforms: [...new Set(institution.accounts.map((a) => a.platform))]
              .sort((a, b) => (platformOrder.get(a) ?? 99) - (platformOrder.get(b) ?? 99))
              .map((id) => data.platforms.find((p) => p.id === id))
              .filter((p): p is Platform => p !== undefined),
          })),
      ),
    }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
}

export interface FeatureRow {
  feature: Feature;
  /** Per country: present, absent, or `null` when the country file does not say. */
  values: (boolean | null)[];
}

export interface FeatureTable {
  rows: FeatureRow[];
  /** Per country: how many features are present, out of how many the file records. */
  totals: { present: number; recorded: number }[];
}

export function featureTable(data: AtlasData, countries: CountryRecord[] = data.countries): FeatureTable {
  const rows = data.features.map((feature) => ({
    feature,
    values: countries.map((c) => c.websiteFeatures.values[feature.id] ?? null),
  }));
  const totals = countries.map((_, i) => ({
    present: rows.filter((r) => r.values[i] === true).length,
    recorded: rows.filter((r) => r.values[i] !== null).length,
  }));
  return { rows, totals };
}
