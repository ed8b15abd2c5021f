/** A country's page (src/pages/[lang]/countries/[id].astro) and its institution sections. */
import type { Locale } from '../../i18n/config.ts';
import { metrics, networkKindKeys, type Account, type Institution, type Observation } from '../../schemas/country.ts';
import type { InstitutionKind, Source } from '../../schemas/vocabularies.ts';
import { chartSpecs, claimsConflict, metricRows, timelineRows, type ChartSpec } from '../charts.ts';
import { countrySourceIds, inKindOrder } from '../country.ts';
import { latestObservations } from '../directory.ts';
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
  /** Accounts the sources say something about: a handle, an address, a date or a figure. */
  accounts: InstitutionAccountView[];
  /** Accounts a source names by platform only (no handle, address, date or figure): one line, not a row each. */
  namedOnly: { platformName: string; source: string }[];
}

/** A country at a glance, from its figures: each fact with what it was read from, or undefined when the data has none. */
export interface CountrySummary {
  /** The foreign ministry's largest audience: its account with the most followers, at the latest figure. */
  largestAudience?: { value: number; qualifier: Observation['qualifier']; platformName: string; handle?: string; asOf: string; asOfStated: boolean; source: string };
  /** The earliest creation date of any of the country's official accounts. */
  firstAccount?: { date: string; part?: Account['created'][number]['part']; platformName: string; institution: Institution; source: string };
  /** Website features of the foreign ministry present, of those recorded. */
  features?: { present: number; recorded: number; source: string };
  /** Missions abroad with a website of their own, of those counted, in the latest network count that says (kinds with both figures). */
  missionsWithWebsite?: { withWebsite: number; total: number; asOf: string; asOfStated: boolean; source: string };
}

export interface CountryView {
  country: CountryRecord;
  summary: CountrySummary;
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
  const features = featureTable(data, [country]);
  return {
    country,
    summary: countrySummary(data, country, features),
    institutions: inKindOrder(country.institutions, data.kinds).map((i) => institutionView(data, i)),
    features,
    network: networkTable(data, [country]),
    charts: chartSpecs(data).filter((s) => (s.kind === 'timeline' ? timelineRows([country]).length > 0 : metricRows([country], s.platform.id, s.metric).some((r) => r.observations.length))),
    entries: aboutCountry(routesIn(entryRoutes(entries), locale), country.id),
    sources: countrySourceIds(country).flatMap((id) => sourceById.get(id) ?? []),
    sourceById,
  };
}

const platformNameIn = (data: AtlasData) => (id: string) => data.platforms.find((p) => p.id === id)?.name ?? id;

/** An account the source names by platform alone: nothing to show in a row of its own. */
const namedOnly = (a: Account) => !a.handle && !a.url && a.created.length === 0 && a.observations.length === 0;

export function countrySummary(data: AtlasData, country: CountryRecord, features: FeatureTable): CountrySummary {
  const platformName = platformNameIn(data);
  const ministry = country.institutions.find((i) => i.id === country.foreignMinistry);
  const audiences = (ministry?.accounts ?? []).flatMap((account) => {
    const latest = latestObservations(account.observations).find((o) => o.metric === 'followers');
    return latest ? [{ account, latest }] : [];
  });
  const largest = audiences.sort((a, b) => b.latest.value - a.latest.value)[0];
  const created = country.institutions.flatMap((institution) => institution.accounts.flatMap((account) => account.created.map((claim) => ({ institution, account, claim }))));
  const first = created.sort((a, b) => decimalYear(a.claim.date, a.claim.part) - decimalYear(b.claim.date, b.claim.part))[0];
  const total = features.totals[0];
  const websites = country.network
    .map((o) => ({ o, kinds: networkKindKeys.flatMap((k) => (o[k]?.total != null && o[k]?.withWebsite != null ? [o[k]!] : [])) }))
    .filter(({ kinds }) => kinds.length > 0)
    .sort((a, b) => decimalYear(b.o.asOf) - decimalYear(a.o.asOf))[0];
  return {
    largestAudience: largest && { value: largest.latest.value, qualifier: largest.latest.qualifier, platformName: platformName(largest.account.platform), handle: largest.account.handle, asOf: largest.latest.asOf, asOfStated: largest.latest.asOfStated, source: largest.latest.source },
    firstAccount: first && { date: first.claim.date, part: first.claim.part, platformName: platformName(first.account.platform), institution: first.institution, source: first.claim.source },
    features: total && total.recorded > 0 ? { present: total.present, recorded: total.recorded, source: country.websiteFeatures.source } : undefined,
    missionsWithWebsite: websites && {
      withWebsite: websites.kinds.reduce((n, k) => n + k.withWebsite!, 0),
      total: websites.kinds.reduce((n, k) => n + k.total!, 0),
      asOf: websites.o.asOf,
      asOfStated: websites.o.asOfStated,
      source: websites.o.source,
    },
  };
}

export function institutionView(data: AtlasData, institution: Institution): InstitutionView {
  const platformName = platformNameIn(data);
  return {
    institution,
    kind: data.kinds.find((k) => k.id === institution.kind),
    anchor: `institution-${institution.id}`,
    namedOnly: institution.accounts.filter(namedOnly).map((a) => ({ platformName: platformName(a.platform), source: a.source })),
    accounts: institution.accounts.filter((a) => !namedOnly(a)).map((account) => ({
      account,
      platformName: platformName(account.platform),
      conflict: claimsConflict(account.created),
      observations: [...account.observations].sort((a, b) => metrics.indexOf(a.metric) - metrics.indexOf(b.metric) || decimalYear(a.asOf) - decimalYear(b.asOf)),
    })),
  };
}
