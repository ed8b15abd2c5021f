/**
 * A chart's data, read from its figure's HTML table: the table is the one copy of the numbers on
 * the page (issue 15), the canvas and the exports are drawn from what this returns. Client-safe (no
 * dictionaries, no Node), and pure over the DOM it is given, so tests run it on built pages.
 *
 * What the table holds (src/components/charts/Chart.astro): each row `data-country`; the row
 * header's first text is the account's chart label; a metric cell `data-value` (raw number),
 * `data-date` (raw date) and, as text, the figure as the source states it ("más de 720.000"); later
 * figures of an account are rows of class `chart__later` under its first one; a timeline cell holds
 * one `<time data-x>` (decimal year) per date claimed, and a `.badge` when the sources disagree.
 * The figure's legend names the series (filled: first figures, outlined: the latest), and
 * `<atlas-chart data-colours="xb:0 xr:5">` gives each country its palette slot.
 */
import type { BarPayload, ChartPayload, TimelinePayload } from './chart-payload.ts';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The label of a row: the first text of its header cell (the institution's full name follows a <br>). */
const rowLabel = (tr: Element) => clean(tr.querySelector('th')?.firstChild?.textContent);

/** Country id → palette slot, from "xb:0 xr:5". */
export function parseColours(attr: string | null | undefined): Map<string, number> {
  return new Map(
    clean(attr)
      .split(' ')
      .filter(Boolean)
      .map((pair) => {
        const [id, slot] = pair.split(':');
        return [id!, Number(slot)];
      }),
  );
}

export function readChart(figure: Element, locale: string): ChartPayload | undefined {
  const trs = [...figure.querySelectorAll('.chart__table tbody tr')];
  const slots = parseColours(figure.querySelector('atlas-chart')?.getAttribute('data-colours'));
  const slot = (tr: Element) => slots.get(tr.getAttribute('data-country') ?? '') ?? 0;
  if (!trs.length) return undefined;
  return figure.querySelector('.chart__table td.num') ? readBars(figure, trs, slot, locale) : readTimeline(trs, slot, locale);
}

function readBars(figure: Element, trs: Element[], slot: (tr: Element) => number, locale: string): BarPayload {
  // Accounts: a row with a header starts one; rows of class chart__later hold its later figures.
  const accounts: { tr: Element; cells: Element[] }[] = [];
  for (const tr of trs) {
    if (tr.querySelector('th')) accounts.push({ tr, cells: [] });
    const cell = tr.querySelector('td[data-value]');
    if (cell) accounts.at(-1)?.cells.push(cell);
  }
  const drawn = accounts.filter((a) => a.cells.length > 0);
  const series = figure.querySelectorAll('.chart__legend [data-mark="filled"]:not([data-country]), .chart__legend [data-mark="outlined"]');
  const pick = (which: 'first' | 'latest') => drawn.map((a) => (which === 'first' ? a.cells[0] : a.cells.length > 1 ? a.cells.at(-1) : undefined));
  const dataset = (cells: (Element | undefined)[], i: number) => {
    // A series whose figures have several dates says each bar's date (the legend cannot).
    const dates = new Set(cells.flatMap((c) => (c ? [c.getAttribute('data-date')] : [])));
    return {
      label: clean(series[i]?.textContent),
      data: cells.map((c) => (c ? Number(c.getAttribute('data-value')) : null)),
      display: cells.map((c) => (c ? `${clean(c.textContent)}${dates.size > 1 ? ` (${clean(c.nextElementSibling?.textContent)})` : ''}` : null)),
    };
  };
  const latest = pick('latest');
  return {
    type: 'bar',
    locale,
    axisLabel: clean(figure.querySelector('.chart__table thead th.num')?.textContent),
    labels: drawn.map((a) => rowLabel(a.tr)),
    labelCountries: drawn.map((a) => a.tr.getAttribute('data-country') ?? ''),
    series: drawn.map((a) => slot(a.tr)),
    datasets: [dataset(pick('first'), 0), ...(latest.some(Boolean) ? [dataset(latest, 1)] : [])],
  };
}

function readTimeline(trs: Element[], slot: (tr: Element) => number, locale: string): TimelinePayload {
  return {
    type: 'timeline',
    locale,
    labels: trs.map((tr) => {
      const label = rowLabel(tr);
      const platform = clean(tr.querySelector('td')?.textContent);
      return !platform || label.includes(platform) ? label : `${label} · ${platform}`;
    }),
    labelCountries: trs.map((tr) => tr.getAttribute('data-country') ?? ''),
    series: trs.map(slot),
    points: trs.flatMap((tr, y) => {
      const badge = tr.querySelector('.badge');
      return [...tr.querySelectorAll('time[data-x]')].map((time) => ({
        x: Number(time.getAttribute('data-x')),
        y,
        text: `${clean(time.textContent)}${badge ? ` (${clean(badge.textContent)})` : ''}`,
        conflict: !!badge,
      }));
    }),
  };
}
