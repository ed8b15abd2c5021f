/**
 * Client-safe helpers over a chart's data (read from its table) (no dictionaries, no Node): the frame height for a
 * payload, and the payload narrowed to the countries a reader chose to compare.
 */
import type { BarPayload, ChartPayload, TimelinePayload } from './chart-payload.ts';

/** Height of the chart frame: room for every bar (one per account and date) or timeline row. */
export function chartHeight(p: ChartPayload): string {
  const rows = p.type === 'bar' ? p.labels.length * Math.max(1, p.datasets.length) : p.labels.length;
  return `${Math.max(10, rows * 2.1 + 5)}rem`;
}

/** Only the bars or rows of the given countries; colours (series) stay those of the full chart. */
export function filterPayload(p: ChartPayload, keep: ReadonlySet<string>): ChartPayload {
  if (!p.labelCountries) return p;
  const indices = p.labelCountries.flatMap((c, i) => (keep.has(c) ? [i] : []));
  return p.type === 'bar' ? filterBars(p, indices) : filterTimeline(p, indices);
}

function filterBars(p: BarPayload, indices: number[]): BarPayload {
  const pick = <T>(list: T[]) => indices.map((i) => list[i]!);
  return {
    ...p,
    labels: pick(p.labels),
    labelCountries: pick(p.labelCountries!),
    series: pick(p.series),
    // A date none of the chosen accounts was observed at is no series at all.
    datasets: p.datasets.map((d) => ({ ...d, data: pick(d.data), display: pick(d.display) })).filter((d) => d.data.some((v) => v !== null)),
  };
}

function filterTimeline(p: TimelinePayload, indices: number[]): TimelinePayload {
  const newIndex = new Map(indices.map((old, i) => [old, i]));
  return {
    ...p,
    labels: indices.map((i) => p.labels[i]!),
    labelCountries: indices.map((i) => p.labelCountries![i]!),
    series: indices.map((i) => p.series[i]!),
    points: p.points.filter((pt) => newIndex.has(pt.y)).map((pt) => ({ ...pt, y: newIndex.get(pt.y)! })),
  };
}
