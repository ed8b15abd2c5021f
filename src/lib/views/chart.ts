/**
 * One chart (src/components/charts/Chart.astro): which rows it shows, its title, payload for the
 * client script, the sources and the notes under it. The component only renders this.
 */
import { localeTags, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { chartHeight } from '../chart-filter.ts';
import { barPayload, timelinePayload, type ChartPayload } from '../chart-payload.ts';
import { accountLabel, firstPerCountry, leadingRows, MAX_ACCOUNT_ROWS, metricRows, timelineRows, type ChartSpec, type MetricRow, type TimelineRow } from '../charts.ts';
import { formatNumber } from '../format.ts';
import type { AtlasData, CountryRecord } from '../model.ts';

export interface ChartViewInput {
  locale: Locale;
  spec: ChartSpec;
  data: AtlasData;
  /** Countries to include (default: all). */
  countries?: CountryRecord[];
  /** Keep each label's country id in the payload, for the comparison page's country chooser. */
  choosable?: boolean;
  /** Past MAX_ACCOUNT_ROWS accounts, one row per country instead of one per account. */
  summarise?: boolean;
}

export interface ChartView {
  /** No account to show (a country with no accounts, or none on this platform): the figure says so instead of drawing. */
  empty: boolean;
  /** The metric charted, with its title ("Followers"); undefined for the creation timeline. */
  metric?: { spec: Extract<ChartSpec, { kind: 'metric' }>; title: string };
  /** Table rows of a metric chart, each with its account's label. */
  rows: (MetricRow & { label: string })[];
  /** Table rows of the timeline, with the platform's name and the sources of the dates. */
  timeline: (TimelineRow & { label: string; platformName?: string; sources: string[] })[];
  title: string;
  payload: ChartPayload;
  /** Height of the canvas frame (CSS length). */
  height: string;
  /** Sources of the figures or dates shown, in order of first use. */
  sources: Source[];
  sourceById: Map<string, Source>;
  /** True when the chart leaves countries out (its downloads have them all). */
  partial: boolean;
  /** Which notes go under the chart. */
  notes: { laterFigures: boolean; inferred: boolean; conflict: boolean };
  /** When the chart is summarised, what it shows: "This chart shows 7 of 64 accounts: ...". */
  summary?: string;
}

export function chartView({ locale, spec, data, countries = data.countries, choosable = false, summarise = false }: ChartViewInput): ChartView {
  const t = useTranslations(locale);
  const intl = localeTags[locale].intl;
  const platformNames = new Map(data.platforms.map((p) => [p.id, p.name]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const metric = spec.kind === 'metric' ? { spec, title: t(`metricTitle.${spec.metric}`) } : undefined;

  const accountRows = metric ? metricRows(countries, metric.spec.platform.id, metric.spec.metric) : [];
  const accountTimeline = spec.kind === 'timeline' ? timelineRows(countries) : [];
  const accounts = accountRows.length + accountTimeline.length;
  const summarised = summarise && accounts > MAX_ACCOUNT_ROWS;
  const rows = summarised ? leadingRows(accountRows) : accountRows;
  const timeline = summarised ? firstPerCountry(accountTimeline) : accountTimeline;

  const title = metric
    ? t(summarised ? 'chart.title.metricByCountry' : 'chart.title.metric', { metric: metric.title, platform: metric.spec.platform.name })
    : t(summarised ? 'chart.title.timelineByCountry' : 'chart.title.timeline');
  const payload = metric ? barPayload(locale, rows, metric.title, intl, metric.spec.platform.name) : timelinePayload(locale, timeline, intl, platformNames);
  // Only the comparison page's chooser narrows charts by country: elsewhere the page carries no ids.
  if (!choosable) delete payload.labelCountries;
  const used = new Set([...rows.flatMap((r) => r.observations.map((o) => o.source)), ...timeline.flatMap((r) => r.claims.map((c) => c.source))]);

  return {
    empty: rows.length === 0 && timeline.length === 0,
    metric,
    rows: rows.map((r) => ({ ...r, label: accountLabel(r, locale, metric?.spec.platform.name) })),
    timeline: timeline.map((r) => {
      const platformName = platformNames.get(r.account.platform);
      return { ...r, label: accountLabel(r, locale, platformName), platformName, sources: [...new Set(r.claims.map((c) => c.source))] };
    }),
    title,
    payload,
    height: chartHeight(payload),
    sources: [...used].flatMap((id) => sourceById.get(id) ?? []),
    sourceById,
    partial: countries.length < data.countries.length,
    notes: {
      // "Then and now": an account with later figures than the study's shows them in rows under it.
      laterFigures: rows.some((r) => r.observations.length > 1),
      inferred: rows.some((r) => r.observations.some((o) => !o.asOfStated)),
      conflict: timeline.some((r) => r.conflict),
    },
    ...(summarised && {
      summary: t(metric ? 'chart.summary.metric' : 'chart.summary.timeline', { shown: formatNumber(locale, rows.length + timeline.length), total: formatNumber(locale, accounts) }),
    }),
  };
}
