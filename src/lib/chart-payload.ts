/**
 * What a chart draws: labels and numbers already derived and localized. The page does not carry it:
 * its table does, and the client reads it back from there (src/lib/chart-read.ts). These functions
 * say what the table must yield, for the frame's height and for the tests.
 */
import type { Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/ui.ts';
import { accountLabel, type MetricRow, type TimelineRow } from './charts.ts';
import type { Observation } from '../schemas/country.ts';
import { decimalYear, formatCount, formatPartialDate } from './format.ts';

export interface BarPayload {
  type: 'bar';
  locale: string;
  axisLabel: string;
  labels: string[];
  /** Per label: the id of its country, for the comparison page's country chooser (left out elsewhere). */
  labelCountries?: string[];
  /** Per bar: its country's palette slot (src/lib/chart-colours.ts): one colour per country site-wide (labels also name it). */
  series: number[];
  datasets: { label: string; data: (number | null)[]; display: (string | null)[] }[];
}

export interface TimelinePayload {
  type: 'timeline';
  locale: string;
  labels: string[];
  /** Per label: the id of its country, for the country chooser (left out elsewhere). */
  labelCountries?: string[];
  /** Per label: its country's palette slot. */
  series: number[];
  points: { x: number; y: number; text: string; conflict: boolean }[];
}

export type ChartPayload = BarPayload | TimelinePayload;

/**
 * Bars for the accounts that have a figure; the table beside the chart lists the others as "no data".
 * At most two bars per account, "then and now": its first figure (the study's) and, where it has
 * later ones, its latest. A series named by one date when all its figures share it ("February
 * 2019"); otherwise each bar's hover label gives its own date. (One series per date would make the
 * chart as tall as accounts × dates: thousands of screens once countries report on different dates.)
 */
export function barPayload(locale: Locale, allRows: MetricRow[], axisLabel: string, intl: string, platformName?: string, slots?: Map<string, number>): BarPayload {
  const t = useTranslations(locale);
  const rows = allRows.filter((r) => r.observations.length > 0);
  const countryIds = [...new Set(allRows.map((r) => r.country.id))];
  const first = rows.map((r) => r.observations[0]);
  const latest = rows.map((r) => (r.observations.length > 1 ? r.observations.at(-1) : undefined));
  const series = (label: string, found: (Observation | undefined)[]) => {
    const dates = new Set(found.flatMap((o) => (o ? [o.asOf] : [])));
    const oneDate = dates.size === 1 ? formatPartialDate(locale, [...dates][0]!) : undefined;
    return {
      label: oneDate ?? label,
      data: found.map((o) => o?.value ?? null),
      display: found.map((o) => (o ? `${formatCount(locale, o.value, o.qualifier)}${oneDate ? '' : ` (${formatPartialDate(locale, o.asOf)})`}` : null)),
    };
  };
  return {
    type: 'bar',
    locale: intl,
    axisLabel,
    labels: rows.map((r) => accountLabel(r, locale, platformName, countryIds.length > 1)),
    labelCountries: rows.map((r) => r.country.id),
    series: rows.map((r) => slots?.get(r.country.id) ?? countryIds.indexOf(r.country.id)),
    datasets: [series(t('chart.series.first'), first), ...(latest.some(Boolean) ? [series(t('chart.series.latest'), latest)] : [])],
  };
}

export function timelinePayload(locale: Locale, rows: TimelineRow[], intl: string, platformNames: Map<string, string>, slots?: Map<string, number>): TimelinePayload {
  const t = useTranslations(locale);
  const countries = new Set(rows.map((r) => r.country.id)).size;
  return {
    type: 'timeline',
    locale: intl,
    labels: rows.map((r) => {
      const platform = platformNames.get(r.account.platform) ?? r.account.platform;
      const label = accountLabel(r, locale, platform, countries > 1);
      return label.includes(platform) ? label : `${label} · ${platform}`;
    }),
    labelCountries: rows.map((r) => r.country.id),
    series: rows.map((r) => slots?.get(r.country.id) ?? 0),
    points: rows.flatMap((r, y) =>
      r.claims.map((c) => ({
        x: decimalYear(c.date, c.part),
        y,
        text: `${formatPartialDate(locale, c.date, c.part)}${r.conflict ? ` (${t('data.conflict')})` : ''}`,
        conflict: r.conflict,
      })),
    ),
  };
}
