/** What the client script needs to draw a chart: labels and numbers already derived and localized. */
import type { Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/ui.ts';
import { accountLabel, observationDates, type MetricRow, type TimelineRow } from './charts.ts';
import { decimalYear, formatCount, formatPartialDate } from './format.ts';

export interface BarPayload {
  type: 'bar';
  locale: string;
  axisLabel: string;
  labels: string[];
  /** Per label: the id of its country, for the comparison page's country chooser (left out elsewhere). */
  labelCountries?: string[];
  /** Per bar: the index of its country, so that each country keeps one colour (labels also name it). */
  series: number[];
  datasets: { label: string; data: (number | null)[]; display: (string | null)[] }[];
}

export interface TimelinePayload {
  type: 'timeline';
  locale: string;
  labels: string[];
  /** Per label: the id of its country, for the country chooser (left out elsewhere). */
  labelCountries?: string[];
  points: { x: number; y: number; text: string; conflict: boolean }[];
}

export type ChartPayload = BarPayload | TimelinePayload;

/** Bars for the accounts that have a figure; the table beside the chart lists the others as "no data". */
export function barPayload(locale: Locale, allRows: MetricRow[], axisLabel: string, intl: string, platformName?: string): BarPayload {
  const rows = allRows.filter((r) => r.observations.length > 0);
  const dates = observationDates(rows);
  const countryIds = [...new Set(allRows.map((r) => r.country.id))];
  return {
    type: 'bar',
    locale: intl,
    axisLabel,
    labels: rows.map((r) => accountLabel(r, locale, platformName, countryIds.length > 1)),
    labelCountries: rows.map((r) => r.country.id),
    series: rows.map((r) => countryIds.indexOf(r.country.id)),
    datasets: dates.map((date) => {
      const found = rows.map((r) => r.observations.find((o) => o.asOf === date));
      return {
        label: formatPartialDate(locale, date),
        data: found.map((o) => o?.value ?? null),
        display: found.map((o) => (o ? formatCount(locale, o.value, o.qualifier) : null)),
      };
    }),
  };
}

export function timelinePayload(locale: Locale, rows: TimelineRow[], intl: string, platformNames: Map<string, string>): TimelinePayload {
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
