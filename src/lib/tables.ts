/** The comparison tables, digital presence and website features (the study's Tables 1 and 2), derived for any number of countries. */
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

/**
 * The institutions of the table that offer a participation mechanism, with their country, in table
 * order: the footnote under the table names them and gives each one's own note, since what counts
 * as participation (forums, surveys, consultations) differs by institution.
 */
export function participationNotes(rows: PresenceRow[], countries: CountryRecord[]): { institution: Institution; country: CountryRecord }[] {
  return rows.flatMap((row) => row.cells.flatMap((cell, i) => cell.filter((e) => e.institution.participation.present).map((e) => ({ institution: e.institution, country: countries[i]! }))));
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
