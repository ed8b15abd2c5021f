/**
 * A chart's data, read from its figure's HTML table: the table is the one copy of the numbers on
 * the page (issue 15), the canvas and the exports are drawn from what this returns. Client-safe (no
 * dictionaries, no Node), and pure over the DOM it is given, so tests run it on built pages.
 *
 * What the table holds (src/components/charts/Chart.astro): each row `data-country`; the row
 * header's first text is the account's chart label; a metric cell `data-value` (raw number),
 * `data-date` (raw date) and, as text, the figure as the source states it ("más de 720.000"), its
 * date as the page says it in the next cell; later
 * figures of an account are rows of class `chart__later` under its first one; a timeline cell holds
 * one `<time data-x>` (decimal year) per date claimed, and a `.badge` when the sources disagree.
 * The figure's legend names the series (filled: first figures, outlined: the latest), and
 * `<atlas-chart data-colours="xb:0 xr:5">` gives each country its palette slot.
 */
import type { BarPayload, ChartPayload, TimelinePayload } from './chart-payload.ts';

const text = (el: Node | null | undefined) => el?.textContent?.trim() ?? '';
const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

export function readChart(figure: Element, locale: string): ChartPayload | undefined {
  const trs = [...figure.querySelectorAll('.chart__table tbody tr')];
  // "xb:0 xr:5" → each row's palette slot, by its data-country.
  const slots = new Map(attr(figure.querySelector('atlas-chart') ?? figure, 'data-colours').split(' ').map((pair) => pair.split(':') as [string, string]));
  const base = { locale, labelCountries: [] as string[], series: [] as number[], labels: [] as string[] };
  const add = (tr: Element, label: string) => {
    base.labels.push(label);
    base.labelCountries.push(attr(tr, 'data-country'));
    base.series.push(Number(slots.get(attr(tr, 'data-country')) ?? 0));
  };
  // The row header's first text is the label (the institution's full name follows a <br>).
  const label = (tr: Element) => text(tr.querySelector('th')?.firstChild);
  if (!trs.length) return undefined;
  return figure.querySelector('.chart__table td.num') ? readBars(figure, trs, base, add, label) : readTimeline(trs, base, add, label);
}

type Base = Pick<BarPayload, 'locale' | 'labels' | 'series'> & { labelCountries: string[] };
type Add = (tr: Element, label: string) => void;

function readBars(figure: Element, trs: Element[], base: Base, add: Add, label: (tr: Element) => string): BarPayload {
  // Accounts: a row with a header starts one; rows of class chart__later under it hold its later figures.
  const accounts: { tr: Element; cells: Element[] }[] = [];
  for (const tr of trs) {
    if (tr.querySelector('th')) accounts.push({ tr, cells: [] });
    const cell = tr.querySelector('td[data-value]');
    if (cell) accounts.at(-1)?.cells.push(cell);
  }
  const drawn = accounts.filter((a) => a.cells.length > 0);
  for (const a of drawn) add(a.tr, label(a.tr));
  // The series are named in the legend (filled: the first figures; outlined: the latest).
  const names = [...figure.querySelectorAll('.chart__legend li:not([data-country])')].map(text);
  const dataset = (cells: (Element | undefined)[], i: number) => {
    // A series whose figures have several dates says each bar's date (its name cannot).
    const dated = new Set(cells.map((c) => c && attr(c, 'data-date')).filter(Boolean)).size > 1;
    return {
      label: names[i] ?? '',
      data: cells.map((c) => (c ? Number(attr(c, 'data-value')) : null)),
      display: cells.map((c) => (c ? `${text(c)}${dated ? ` (${text(c.nextElementSibling)})` : ''}` : null)),
    };
  };
  const latest = drawn.map((a) => (a.cells.length > 1 ? a.cells.at(-1) : undefined));
  return {
    ...base,
    type: 'bar',
    axisLabel: text(figure.querySelector('.chart__table thead th.num')),
    datasets: [dataset(drawn.map((a) => a.cells[0]), 0), ...(latest.some(Boolean) ? [dataset(latest, 1)] : [])],
  };
}

function readTimeline(trs: Element[], base: Base, add: Add, label: (tr: Element) => string): TimelinePayload {
  const points = trs.flatMap((tr, y) => {
    const platform = text(tr.querySelector('td'));
    const own = label(tr);
    add(tr, own.includes(platform) ? own : `${own} · ${platform}`);
    const badge = text(tr.querySelector('.badge'));
    return [...tr.querySelectorAll('time[data-x]')].map((time) => ({ x: Number(attr(time, 'data-x')), y, text: `${text(time)}${badge && ` (${badge})`}`, conflict: !!badge }));
  });
  return { ...base, type: 'timeline', points };
}
