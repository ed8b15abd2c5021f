/** Draws a chart's data (read from its table) with chart.js, registering only the pieces these charts use. */
import {
  BarController,
  BarElement,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { BarPayload, ChartPayload, TimelinePayload } from '../lib/chart-payload.ts';
import { chartHeight, filterPayload } from '../lib/chart-filter.ts';
import { colourVar, PALETTE_SIZE } from '../lib/chart-colours.ts';


// No category scale: bars and timeline rows share one linear row axis (rowAxis), which saves its code.
Chart.register(BarController, BarElement, LinearScale, ScatterController, PointElement);

/** The vertical axis of both charts: one row per label, the first at the top, each row's label as its tick. */
function rowAxis(labels: string[], c: Theme, grid: boolean) {
  return {
    type: 'linear' as const,
    reverse: true,
    min: -0.5,
    max: labels.length - 0.5,
    // One tick per row (the linear scale would otherwise start its ticks at -0.5).
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = labels.map((_, value) => ({ value }));
    },
    ticks: { autoSkip: false, color: c.text, font: { lineHeight: 1.1 }, callback: (v: number | string) => fitLabel(labels[Number(v)] ?? '') },
    grid: grid ? { color: c.line } : { display: false },
  };
}

type Theme = ReturnType<typeof theme>;
const FONT = 'system-ui, sans-serif';

/**
 * Value labels at the bar ends and the hover readout, drawn by a few lines of our own: chart.js's
 * datalabels, Legend and Tooltip plugins would add about 10 KB gzip and push this chunk past its
 * 50 KB budget (scripts/budgets.ts). The legend is HTML, in the figure (Chart.astro). A label is
 * the figure as the table states it, qualifier and all ("casi 2.000.000"), in the page's format.
 */
function labels(c: Theme, hover: (dataset: number, index: number) => string, valueText?: (dataset: number, index: number) => string | null): Plugin {
  return {
    id: 'atlasLabels',
    afterDatasetsDraw(chart) {
      if (!valueText) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${Chart.defaults.font.size}px ${FONT}`;
      ctx.textBaseline = 'middle';
      ctx.fillStyle = c.text;
      chart.data.datasets.forEach((_, d) =>
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          const text = valueText(d, i);
          if (text) ctx.fillText(text, bar.x + 5, bar.y);
        }),
      );
      ctx.restore();
    },
    afterDraw(chart) {
      const active = chart.getActiveElements()[0];
      if (!active) return;
      const { ctx, chartArea: area } = chart;
      ctx.save();
      ctx.font = `13px ${FONT}`;
      ctx.textBaseline = 'middle';
      ctx.fillStyle = ctx.strokeStyle = c.text;
      const label = hover(active.datasetIndex, active.index);
      const w = ctx.measureText(label).width + 12;
      const bx = Math.max(area.left, Math.min(active.element.x + 8, area.right - w));
      const by = Math.max(area.top, active.element.y - 28);
      ctx.fillStyle = c.bg;
      ctx.fillRect(bx, by, w, 22);
      ctx.strokeRect(bx, by, w, 22);
      ctx.fillStyle = c.text;
      ctx.fillText(label, bx + 6, by + 11);
      ctx.restore();
    },
  };
}

/** Colours read from the page's theme: one per country (--country-N, src/lib/chart-colours.ts). */
function theme() {
  const css = getComputedStyle(document.documentElement);
  // Smaller axis labels on phones so that account names fit.
  Chart.defaults.font.size = window.innerWidth < 600 ? 11 : 12;
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { bg: v('--bg'), text: v('--text'), line: v('--line'), country: (slot: number) => v(colourVar(slot % PALETTE_SIZE)) };
}

/** On phones a long account label goes on lines of at most 26 characters, broken at spaces: the axis would clip it. */
function fitLabel(label: string): string | string[] {
  if (window.innerWidth >= 600 || label.length <= 18) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 26) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function barConfig(p: BarPayload, canvas: HTMLCanvasElement): ChartConfiguration<'bar'> {
  const c = theme();
  // Room at the right for the longest value label.
  const measure = canvas.getContext('2d');
  if (measure) measure.font = `${Chart.defaults.font.size}px ${FONT}`;
  const widest = Math.max(0, ...p.datasets.flatMap((d) => d.display.map((t) => (t && measure ? measure.measureText(t).width : 0))));
  const number = new Intl.NumberFormat(p.locale, { notation: 'compact' });
  return {
    type: 'bar',
    data: {
      datasets: p.datasets.map((d, i) => ({
        label: d.label,
        data: d.data.map((x, y) => ({ x, y })) as unknown as number[],
        // One colour per country; later observations ("then and now") are outlined, not filled.
        backgroundColor: i === 0 ? p.series.map(c.country) : 'transparent',
        borderColor: p.series.map(c.country),
        borderWidth: i === 0 ? 0 : 3,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: Math.ceil(widest) + 10 } },
      scales: {
        x: { beginAtZero: true, title: { display: true, text: p.axisLabel, color: c.text }, ticks: { color: c.text, callback: (v) => number.format(Number(v)) }, grid: { color: c.line } },
        y: rowAxis(p.labels, c, false),
      },
    },
    plugins: [
      labels(
        c,
        (d, i) => `${p.labels[i]}: ${p.datasets[d]?.display[i] ?? ''}`,
        (d, i) => p.datasets[d]?.display[i] ?? null,
      ),
    ],
  };
}

function timelineConfig(p: TimelinePayload): ChartConfiguration<'scatter'> {
  const c = theme();
  const xs = p.points.map((pt) => pt.x);
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          data: p.points.map((pt) => ({ x: pt.x, y: pt.y })),
          pointRadius: p.points.map((pt) => (pt.conflict ? 8 : 6)),
          pointStyle: p.points.map((pt) => (pt.conflict ? 'triangle' : 'circle')),
          // Each account in its country's colour; a triangle where the sources disagree (the legend says so).
          backgroundColor: p.points.map((pt) => c.country(p.series[pt.y] ?? 0)),
          borderColor: c.text,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { min: Math.floor(Math.min(...xs)), max: Math.ceil(Math.max(...xs)), ticks: { stepSize: 1, color: c.text, callback: (v) => String(v) }, grid: { color: c.line } },
        y: rowAxis(p.labels, c, true),
      },
    },
    plugins: [labels(c, (_, i) => `${p.labels[p.points[i]!.y]}: ${p.points[i]!.text}`)],
  };
}

/** What was drawn: the chart, the data after the choice of countries, and the country colours (the export draws the same). */
export interface Drawn {
  chart?: Chart;
  payload: ChartPayload;
  colours: string[];
}

/** `countries` ("mx cl", from the country chooser) narrows the chart to those countries' accounts. */
export function renderChart(canvas: HTMLCanvasElement, full: ChartPayload, countries?: string): Drawn {
  const payload = countries === undefined ? full : filterPayload(full, new Set(countries.split(' ')));
  const frame = canvas.parentElement;
  if (frame) {
    frame.dataset.height = chartHeight(payload);
    frame.style.height = frame.dataset.height;
    frame.hidden = payload.labels.length === 0;
  }
  const colours = Array.from({ length: PALETTE_SIZE }, (_, slot) => theme().country(slot));
  // Nothing to draw for the chosen countries: the figure shows its table instead (global.css).
  if (payload.labels.length === 0) return { payload, colours };
  const config = payload.type === 'bar' ? barConfig(payload, canvas) : timelineConfig(payload);
  return { chart: new Chart(canvas, config as ChartConfiguration), payload, colours };
}
