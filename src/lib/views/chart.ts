/**
 * One chart (src/components/charts/Chart.astro): which rows it shows, its dated title, the subtitle
 * that defines its measure, its legend, the footer (sources, as-of date, licence) and the notes
 * under it. The component only renders this. The numbers themselves live once, in the figure's
 * table: the client script reads them from there (src/lib/chart-read.ts), so `model` is not
 * rendered; it is what the table encodes, kept for the frame's height and for the tests.
 */
import { localeTags, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { localePath } from '../../i18n/routes.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { chartHeight } from '../chart-filter.ts';
import { countryColours } from '../chart-colours.ts';
import { barPayload, timelinePayload, type ChartPayload } from '../chart-payload.ts';
import { accountLabel, firstPerCountry, leadingRows, MAX_ACCOUNT_ROWS, metricRows, summarisedInAtlas, timelineRows, type ChartSpec, type MetricRow, type TimelineRow } from '../charts.ts';
import { licence } from '../datasets.ts';
import { decimalYear, formatCount, formatNumber, formatPartialDate } from '../format.ts';
import type { AtlasData, CountryRecord } from '../model.ts';
import { inLocale } from '../localized.ts';

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

export interface LegendEntry {
  /** What the mark stands for: a country's name, a series' date, "sources disagree". */
  label: string;
  /** A country's palette slot (src/lib/chart-colours.ts). */
  slot?: number;
  country?: string;
  /** How the mark is drawn: a filled or outlined bar, a circle or a triangle. */
  mark: 'filled' | 'outlined' | 'circle' | 'triangle';
}

export interface ChartView {
  /** No account to show (a country with no accounts, or none on this platform): the figure says so instead of drawing. */
  empty: boolean;
  /** The metric charted, with its title ("Followers"); undefined for the creation timeline. */
  metric?: { spec: Extract<ChartSpec, { kind: 'metric' }>; title: string };
  /** Table rows of a metric chart, each with its account's label (the chart's label: with the country code when the chart shows several countries). */
  rows: (MetricRow & { label: string })[];
  /** Table rows of the timeline, with the platform's name and the sources of the dates. */
  timeline: (TimelineRow & { label: string; platformName?: string; sources: string[] })[];
  /** What and when: "Twitter followers of official accounts, February 2019". */
  title: string;
  /** What the measure is. */
  subtitle: string;
  /** The date (or span of dates) of the figures shown: "February 2019", "March 2020 to May 2024". */
  asOf?: string;
  /** Marks and what they mean: a country per colour (when the chart shows more than one), the series, the timeline's shapes. */
  legend: LegendEntry[];
  /** Country id → palette slot, for the client script: "xb:0 xr:5". */
  colours: string;
  /** One value only: a sentence instead of a chart ("SRE YouTube: almost 2,000,000 views (February 2019)"). */
  statement?: string;
  licence: { name: string; url: string };
  /** What the table encodes (src/lib/chart-payload.ts); not rendered, the table is the one copy. */
  model: ChartPayload;
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
  /**
   * The chart's embed page, narrowed to its countries (`?countries=`), or none when that page cannot
   * show the chart as it is here: it draws every country, one row per country once the atlas is past
   * MAX_ACCOUNT_ROWS accounts, so a country's own accounts are not embeddable then.
   */
  embedPath?: string;
}

/** "February 2019", or the first and last of several dates: "March 2020 to May 2024". */
export function dateSpan(locale: Locale, dates: string[]): string | undefined {
  const sorted = [...new Set(dates)].sort((a, b) => decimalYear(a) - decimalYear(b));
  if (sorted.length === 0) return undefined;
  const [first, last] = [formatPartialDate(locale, sorted[0]!), formatPartialDate(locale, sorted.at(-1)!)];
  return first === last ? first : useTranslations(locale)('chart.dateRange', { from: first, to: last });
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
  const partial = countries.length < data.countries.length;
  const rows = summarised ? leadingRows(accountRows) : accountRows;
  const timeline = summarised ? firstPerCountry(accountTimeline) : accountTimeline;
  const shownCountries = [...new Set([...rows, ...timeline].map((r) => r.country.id))];
  const severalCountries = shownCountries.length > 1;

  const slots = countryColours(data.countries.map((c) => c.id));
  const model = metric ? barPayload(locale, rows, metric.title, intl, metric.spec.platform.name, slots) : timelinePayload(locale, timeline, intl, platformNames, slots);
  // Only the comparison page's chooser narrows charts by country.
  if (!choosable) delete model.labelCountries;

  const asOf = metric ? dateSpan(locale, rows.flatMap((r) => r.observations.map((o) => o.asOf))) : undefined;
  const years = timeline.flatMap((r) => r.claims.map((c) => Number(c.date.slice(0, 4))));
  const when = metric ? asOf : years.length ? (Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`) : undefined;
  const what = metric
    ? t(summarised ? 'chart.title.metricTopDated' : 'chart.title.metricDated', { metric: metric.title, noun: t(`metric.${metric.spec.metric}`), platform: metric.spec.platform.name })
    : t(summarised ? 'chart.title.timelineByCountry' : 'chart.title.timeline');
  const title = when ? `${what}, ${when}` : what;

  const legend: LegendEntry[] = [];
  // A colour per country with a mark (a country whose accounts have no figure has no bar to name).
  const drawnCountries = new Set([...rows.filter((r) => r.observations.length > 0), ...timeline].map((r) => r.country.id));
  if (severalCountries) {
    for (const c of data.countries.filter((c) => drawnCountries.has(c.id))) legend.push({ label: inLocale(c.name, locale), slot: slots.get(c.id)!, country: c.id, mark: spec.kind === 'metric' ? 'filled' : 'circle' });
  }
  if (model.type === 'bar' && model.datasets.length > 1) model.datasets.forEach((d, i) => legend.push({ label: d.label, mark: i === 0 ? 'filled' : 'outlined' }));
  const conflict = timeline.some((r) => r.conflict);
  if (conflict) legend.push({ label: t('chart.legend.conflict'), mark: 'triangle' });

  // A single figure is a sentence: a chart of one bar says less than its number.
  const only = model.type === 'bar' && model.labels.length === 1 && model.datasets.length === 1 ? rows.find((r) => r.observations.length > 0) : undefined;
  const statement =
    only && metric
      ? t('chart.statement', {
          account: accountLabel(only, locale, metric.spec.platform.name, false),
          value: formatCount(locale, only.observations[0]!.value, only.observations[0]!.qualifier),
          noun: t(`metric.${metric.spec.metric}`),
          date: formatPartialDate(locale, only.observations[0]!.asOf),
        })
      : undefined;

  const used = new Set([...rows.flatMap((r) => r.observations.map((o) => o.source)), ...timeline.flatMap((r) => r.claims.map((c) => c.source))]);

  return {
    empty: rows.length === 0 && timeline.length === 0,
    metric,
    rows: rows.map((r) => ({ ...r, label: accountLabel(r, locale, metric?.spec.platform.name, severalCountries) })),
    timeline: timeline.map((r) => {
      const platformName = platformNames.get(r.account.platform);
      return { ...r, label: accountLabel(r, locale, platformName, severalCountries), platformName, sources: [...new Set(r.claims.map((c) => c.source))] };
    }),
    title,
    subtitle: t(metric ? `chart.subtitle.${metric.spec.metric}` : 'chart.subtitle.timeline'),
    asOf,
    legend,
    colours: shownCountries.map((id) => `${id}:${slots.get(id)}`).join(' '),
    statement,
    licence: { name: 'CC BY 4.0', url: licence.url },
    model,
    height: chartHeight(model),
    sources: [...used].flatMap((id) => sourceById.get(id) ?? []),
    sourceById,
    partial,
    notes: {
      // "Then and now": an account with later figures than the study's shows them in rows under it.
      laterFigures: rows.some((r) => r.observations.length > 1),
      inferred: rows.some((r) => r.observations.some((o) => !o.asOfStated)),
      conflict,
    },
    ...(summarised && {
      summary: t(metric ? 'chart.summary.metric' : 'chart.summary.timeline', { shown: formatNumber(locale, rows.length + timeline.length), total: formatNumber(locale, accounts) }),
    }),
    ...((!summarisedInAtlas(data, spec) || (summarised && !partial)) && {
      embedPath: `${localePath(locale, 'embed', spec.id)}${partial ? `?countries=${countries.map((c) => c.id).join(',')}` : ''}`,
    }),
  };
}
