/** Draws a chart payload with chart.js, registering only the pieces these charts use. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { BarPayload, ChartPayload, TimelinePayload } from '../lib/chart-payload.ts';
import { chartHeight, filterPayload } from '../lib/chart-filter.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement);

type Theme = ReturnType<typeof theme>;

/**
 * Legend and hover readout, drawn by a few lines of our own: chart.js's Legend and Tooltip plugins
 * would add about 8 KB gzip and push this chunk past its 50 KB budget (scripts/budgets.ts).
 * The table under each chart carries every value anyway.
 */
function labels(c: Theme, text: (dataset: number, index: number) => string, legend: { label: string; filled: boolean }[] = []): Plugin {
  return {
    id: 'atlasLabels',
    afterDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      ctx.font = '13px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = ctx.strokeStyle = c.text;
      // One legend line per as-of date, so that long dates fit on phones too.
      legend.forEach((item, i) => {
        const y = 4 + i * 20;
        if (item.filled) ctx.fillRect(area.left, y, 14, 14);
        else ctx.strokeRect(area.left + 1, y + 1, 12, 12);
        ctx.fillText(item.label, area.left + 20, y + 7);
      });
      const active = chart.getActiveElements()[0];
      if (active) {
        const label = text(active.datasetIndex, active.index);
        const w = ctx.measureText(label).width + 12;
        const bx = Math.max(area.left, Math.min(active.element.x + 8, area.right - w));
        const by = Math.max(area.top, active.element.y - 28);
        ctx.fillStyle = c.bg;
        ctx.fillRect(bx, by, w, 22);
        ctx.strokeRect(bx, by, w, 22);
        ctx.fillStyle = c.text;
        ctx.fillText(label, bx + 6, by + 11);
      }
      ctx.restore();
    },
  };
}

/** Series colours read from the page's theme; bars also differ by pattern of border so colour is not the only cue. */
function theme() {
  const css = getComputedStyle(document.documentElement);
  // Smaller axis labels on phones so that account names fit.
  Chart.defaults.font.size = window.innerWidth < 600 ? 11 : 12;
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { bg: v('--bg'), text: v('--text'), muted: v('--muted'), line: v('--line'), series: [v('--accent'), v('--accent-2'), v('--yes')] };
}

/** On phones a long account label goes on two lines, split at the space nearest its middle: the axis would clip it. */
function fitLabel(label: string): string | string[] {
  if (window.innerWidth >= 600 || label.length <= 22) return label;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  const cut = spaces.sort((a, b) => Math.abs(a - label.length / 2) - Math.abs(b - label.length / 2))[0];
  return cut === undefined ? label : [label.slice(0, cut), label.slice(cut + 1)];
}

function barConfig(p: BarPayload): ChartConfiguration<'bar'> {
  const c = theme();
  const number = new Intl.NumberFormat(p.locale, { notation: 'compact' });
  return {
    type: 'bar',
    data: {
      labels: p.labels.map(fitLabel),
      datasets: p.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        // One colour per country; later observations ("then and now") are outlined, not filled.
        backgroundColor: i === 0 ? p.series.map((s) => c.series[s % c.series.length]!) : 'transparent',
        borderColor: p.series.map((s) => c.series[s % c.series.length]!),
        borderWidth: i === 0 ? 0 : 3,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: p.datasets.length > 1 ? p.datasets.length * 20 + 4 : 0 } },
      scales: {
        x: { beginAtZero: true, title: { display: true, text: p.axisLabel, color: c.text }, ticks: { color: c.text, callback: (v) => number.format(Number(v)) }, grid: { color: c.line } },
        y: { ticks: { color: c.text, autoSkip: false }, grid: { display: false } },
      },
    },
    plugins: [
      labels(
        c,
        (d, i) => `${p.datasets[d]?.label}: ${p.datasets[d]?.display[i] ?? ''}`,
        p.datasets.length > 1 ? p.datasets.map((d, i) => ({ label: d.label, filled: i === 0 })) : [],
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
          pointRadius: 6,
          pointStyle: p.points.map((pt) => (pt.conflict ? 'triangle' : 'circle')),
          backgroundColor: p.points.map((pt) => (pt.conflict ? c.series[1] : c.series[0])),
          borderColor: c.text,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { min: Math.floor(Math.min(...xs)), max: Math.ceil(Math.max(...xs)), ticks: { stepSize: 1, color: c.text, callback: (v) => String(v) }, grid: { color: c.line } },
        y: {
          reverse: true,
          min: -0.5,
          max: p.labels.length - 0.5,
          // One tick per account row (the linear scale would otherwise start its ticks at -0.5).
          afterBuildTicks: (axis) => {
            axis.ticks = p.labels.map((_, value) => ({ value }));
          },
          ticks: { autoSkip: false, color: c.text, callback: (v) => fitLabel(p.labels[Number(v)] ?? '') },
          grid: { color: c.line },
        },
      },
    },
    plugins: [labels(c, (_, i) => `${p.labels[p.points[i]!.y]}: ${p.points[i]!.text}`)],
  };
}

/** `countries` ("mx cl", from the country chooser) narrows the chart to those countries' accounts. */
export function renderChart(canvas: HTMLCanvasElement, full: ChartPayload, countries?: string): Chart | undefined {
  const payload = countries === undefined ? full : filterPayload(full, new Set(countries.split(' ')));
  const frame = canvas.parentElement;
  if (frame) {
    frame.dataset.height = chartHeight(payload);
    frame.style.height = frame.dataset.height;
    frame.hidden = payload.labels.length === 0;
  }
  // Nothing to draw for the chosen countries: the figure shows its table instead (global.css).
  if (payload.labels.length === 0) return undefined;
  const config = payload.type === 'bar' ? barConfig(payload) : timelineConfig(payload);
  return new Chart(canvas, config as ChartConfiguration);
}
