/**
 * Chart data, derived from the country files. The HTML table rendered from these rows is the truth;
 * the canvas drawn from the same rows is the picture.
 */
import type { AtlasData, CountryRecord } from './model.ts';
import type { Account, DateClaim, Institution, Metric, Observation } from '../schemas/country.ts';
import type { Platform } from '../schemas/vocabularies.ts';
import { decimalYear } from './format.ts';
import { memo } from './memo.ts';
import type { Locale } from '../i18n/config.ts';
import { inLocale } from './localized.ts';

export type { Metric };

/** The metrics that get a chart, in chart order: posts and videos counts are shown in tables only. */
export const chartedMetrics = ['followers', 'views'] as const satisfies readonly Metric[];

export type ChartSpec =
  | { id: string; kind: 'metric'; platform: Platform; metric: Metric }
  | { id: 'accounts-timeline'; kind: 'timeline' };

/**
 * The charts the data supports: each charted platform × each metric observed on it, then the creation timeline.
 * Every entry and country page asks, so the answer is kept per atlas (loadAtlas() gives one per build):
 * callers must not change the returned list.
 */
export function chartSpecs(data: AtlasData): ChartSpec[] {
  return memo(data, 'chartSpecs', () => deriveChartSpecs(data));
}

function deriveChartSpecs(data: AtlasData): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const platform of data.platforms.filter((p) => p.charted)) {
    const observed = new Set(
      data.countries.flatMap((c) => c.institutions.flatMap((i) => i.accounts.filter((a) => a.platform === platform.id).flatMap((a) => a.observations.map((o) => o.metric)))),
    );
    for (const metric of chartedMetrics.filter((m) => observed.has(m))) {
      specs.push({ id: `${metric}-${platform.id}`, kind: 'metric', platform, metric });
    }
  }
  specs.push({ id: 'accounts-timeline', kind: 'timeline' });
  return specs;
}

export interface AccountRef {
  country: CountryRecord;
  institution: Institution;
  account: Account;
}

export interface MetricRow extends AccountRef {
  /** Observations of the metric, oldest first: the study's figure, then any later ones. */
  observations: Observation[];
}

/** Every account on the platform (those without a figure too: they show as "no data"). */
export function metricRows(countries: CountryRecord[], platformId: string, metric: Metric): MetricRow[] {
  return countries.flatMap((country) =>
    country.institutions.flatMap((institution) =>
      institution.accounts
        .filter((account) => account.platform === platformId)
        .map((account) => ({
          country,
          institution,
          account,
          observations: account.observations.filter((o) => o.metric === metric).sort((a, b) => decimalYear(a.asOf) - decimalYear(b.asOf)),
        })),
    ),
  );
}

export interface TimelineRow extends AccountRef {
  /** Creation claims, oldest first. */
  claims: DateClaim[];
  /** True when the claims name different periods. */
  conflict: boolean;
}

/** Every account with at least one creation date, oldest first. */
export function timelineRows(countries: CountryRecord[]): TimelineRow[] {
  return countries
    .flatMap((country) =>
      country.institutions.flatMap((institution) =>
        institution.accounts
          .filter((account) => account.created.length > 0)
          .map((account) => {
            const claims = [...account.created].sort((a, b) => decimalYear(a.date, a.part) - decimalYear(b.date, b.part));
            return { country, institution, account, claims, conflict: claimsConflict(claims) };
          }),
      ),
    )
    .sort((a, b) => decimalYear(a.claims[0]!.date, a.claims[0]!.part) - decimalYear(b.claims[0]!.date, b.claims[0]!.part));
}

/** Two claims conflict unless one is a refinement of the other (2009 vs 2009-12). */
export function claimsConflict(claims: DateClaim[]): boolean {
  return claims.some((a) => claims.some((b) => !a.date.startsWith(b.date) && !b.date.startsWith(a.date)));
}

/**
 * The short label of an account in charts: "SRE @SRE_mx (MX)", or "Minrel YouTube (CL)" when the
 * account has no @handle. The country code is left out when a chart shows one country.
 */
export function accountLabel(ref: AccountRef, locale: Locale, platformName?: string, withCountry = true): string {
  const who = ref.institution.abbr ?? inLocale(ref.institution.name, locale);
  const handle = ref.account.handle?.startsWith('@') ? ref.account.handle : (platformName ?? ref.account.handle ?? '');
  return `${who} ${handle}${withCountry ? ` (${ref.country.iso})` : ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * A comparison chart lists every account up to this many rows. Past it (tens of countries), a chart
 * of every account is unreadable and its table outweighs the page (5,000 timeline rows at 200
 * countries), so the comparison page shows one row per country instead (leadingRows,
 * firstPerCountry); every account stays on the country pages, in the directory and the downloads.
 */
export const MAX_ACCOUNT_ROWS = 60;

/**
 * True when the chart of every country in the atlas shows one row per country (past MAX_ACCOUNT_ROWS
 * accounts), as the comparison page and the embed pages draw it. Kept per atlas and chart.
 */
export function summarisedInAtlas(data: AtlasData, spec: ChartSpec): boolean {
  return memo(data, `summarisedInAtlas ${spec.id}`, () => (spec.kind === 'metric' ? metricRows(data.countries, spec.platform.id, spec.metric).length : timelineRows(data.countries).length) > MAX_ACCOUNT_ROWS);
}

const latestValue = (row: MetricRow) => row.observations.at(-1)?.value;

/**
 * Per country, its account with the highest latest figure, highest first; a country whose accounts
 * on the platform have no figure keeps one row, shown as "no data", at the end.
 */
export function leadingRows(rows: MetricRow[]): MetricRow[] {
  const best = new Map<string, MetricRow>();
  for (const row of rows) {
    const current = best.get(row.country.id);
    if (!current || (latestValue(row) ?? -1) > (latestValue(current) ?? -1)) best.set(row.country.id, row);
  }
  return [...best.values()].sort((a, b) => (latestValue(b) ?? -1) - (latestValue(a) ?? -1));
}

/** Per country, its first official account on any platform (rows come oldest first: the first seen). */
export function firstPerCountry(rows: TimelineRow[]): TimelineRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.country.id) && Boolean(seen.add(row.country.id)));
}
