/** A country's page (src/pages/[lang]/countries/[id].astro) and its institution sections. */
import type { Locale } from '../../i18n/config.ts';
import { metrics, type Account, type Institution, type Observation } from '../../schemas/country.ts';
import type { InstitutionKind, Source } from '../../schemas/vocabularies.ts';
import { chartSpecs, claimsConflict, metricRows, timelineRows, type ChartSpec } from '../charts.ts';
import { countrySourceIds, inKindOrder } from '../country.ts';
import { aboutCountry, entryRoutes, routesIn, type EntryRoute } from '../entries.ts';
import { decimalYear } from '../format.ts';
import type { AtlasData, CountryRecord, EntrySummary } from '../model.ts';
import { networkTable, type NetworkTableView } from '../network.ts';
import { featureTable, type FeatureTable } from '../tables.ts';

export interface InstitutionAccountView {
  account: Account;
  platformName: string;
  /** True when the creation claims name different periods. */
  conflict: boolean;
  /** "Then and now": figures by metric (in vocabulary order), each metric's oldest first. */
  observations: Observation[];
}

export interface InstitutionView {
  institution: Institution;
  kind?: InstitutionKind;
  /** The anchor of its section, `institution-<id>`. */
  anchor: string;
  accounts: InstitutionAccountView[];
}

export interface CountryView {
  country: CountryRecord;
  /** Institutions in the kind vocabulary's order, as in the presence download. */
  institutions: InstitutionView[];
  features: FeatureTable;
  /** The diplomatic network, then and now: every observation, oldest first. */
  network: NetworkTableView;
  /** Each chart with something of this country to show: a figure, or for the timeline a dated account. */
  charts: ChartSpec[];
  /** Entries about the country in the page's language (fallbacks included), newest first. */
  entries: EntryRoute[];
  /** Every source the profile cites, in order of first use. */
  sources: Source[];
  sourceById: Map<string, Source>;
}

export function countryView(data: AtlasData, entries: EntrySummary[], locale: Locale, countryId: string): CountryView {
  const country = data.countries.find((c) => c.id === countryId);
  if (!country) throw new Error(`content/countries/${countryId}.yaml: no such country`);
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  return {
    country,
    institutions: inKindOrder(country.institutions, data.kinds).map((i) => institutionView(data, i)),
    features: featureTable(data, [country]),
    network: networkTable(data, [country]),
    charts: chartSpecs(data).filter((s) => (s.kind === 'timeline' ? timelineRows([country]).length > 0 : metricRows([country], s.platform.id, s.metric).some((r) => r.observations.length))),
    entries: aboutCountry(routesIn(entryRoutes(entries), locale), country.id),
    sources: countrySourceIds(country).flatMap((id) => sourceById.get(id) ?? []),
    sourceById,
  };
}

export function institutionView(data: AtlasData, institution: Institution): InstitutionView {
  const platformName = (id: string) => data.platforms.find((p) => p.id === id)?.name ?? id;
  return {
    institution,
    kind: data.kinds.find((k) => k.id === institution.kind),
    anchor: `institution-${institution.id}`,
    accounts: institution.accounts.map((account) => ({
      account,
      platformName: platformName(account.platform),
      conflict: claimsConflict(account.created),
      observations: [...account.observations].sort((a, b) => metrics.indexOf(a.metric) - metrics.indexOf(b.metric) || decimalYear(a.asOf) - decimalYear(b.asOf)),
    })),
  };
}
