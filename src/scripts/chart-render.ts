/** Draws a chart payload with chart.js, registering only the pieces these charts use. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { BarPayload, ChartPayload, TimelinePayload } from '../lib/chart-payload.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Tooltip, Legend);

/** Series colours read from the page's theme; bars also differ by pattern of border so colour is not the only cue. */
function theme() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { text: v('--text'), muted: v('--muted'), line: v('--line'), series: [v('--accent'), v('--accent-2'), v('--yes')] };
}

function barConfig(p: BarPayload): ChartConfiguration<'bar'> {
  const c = theme();
  const number = new Intl.NumberFormat(p.locale, { notation: 'compact' });
  return {
    type: 'bar',
    data: {
      labels: p.labels,
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
      scales: {
        x: { beginAtZero: true, title: { display: true, text: p.axisLabel, color: c.text }, ticks: { color: c.text, callback: (v) => number.format(Number(v)) }, grid: { color: c.line } },
        y: { ticks: { color: c.text, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: p.datasets.length > 1, labels: { color: c.text } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${p.datasets[ctx.datasetIndex]?.display[ctx.dataIndex] ?? ''}` } },
      },
    },
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
        y: { reverse: true, min: -0.5, max: p.labels.length - 0.5, ticks: { stepSize: 1, autoSkip: false, color: c.text, callback: (v) => p.labels[Number(v)] ?? '' }, grid: { color: c.line } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => `${p.labels[p.points[ctx.dataIndex]!.y]}: ${p.points[ctx.dataIndex]!.text}` } },
      },
    },
  };
}

export function renderChart(canvas: HTMLCanvasElement, payload: ChartPayload): Chart {
  const frame = canvas.parentElement;
  if (frame?.dataset.height) frame.style.height = frame.dataset.height;
  const config = payload.type === 'bar' ? barConfig(payload) : timelineConfig(payload);
  return new Chart(canvas, config as ChartConfiguration);
}
