/**
 * A chart as a standalone SVG document, with everything it needs away from the page: title,
 * subtitle, legend, value labels, sources, date, permalink and licence. Built from the same data the
 * canvas draws (src/lib/chart-read.ts reads it from the figure's table), not by copying the canvas,
 * so the SVG is vector and its text is text. Pure and client-safe: the export (src/scripts/
 * figure-export.ts) calls it in the browser, and the unit tests in Node.
 *
 * Text widths are estimated (0.56 em per character of a sans-serif font): an SVG document cannot be
 * measured before a browser lays it out, and room to spare is better than text cut off.
 */
import type { BarPayload, ChartPayload, TimelinePayload } from './chart-payload.ts';

export interface SvgLegendEntry {
  label: string;
  mark: 'filled' | 'outlined' | 'circle' | 'triangle';
  /** CSS colour of the mark; the text colour when absent. */
  colour?: string;
}

export interface SvgColours {
  bg: string;
  text: string;
  muted: string;
  line: string;
  /** One colour per palette slot (src/lib/chart-colours.ts). */
  country: string[];
}

export interface SvgChart {
  model: ChartPayload;
  title: string;
  subtitle: string;
  legend: SvgLegendEntry[];
  /** Credit lines under the chart: sources, date and licence; notes; the permalink. */
  credits: string[];
  colours: SvgColours;
  /** Width in CSS pixels (default 800). */
  width?: number;
}

const PAD = 24;
const CHAR = 0.56;
const SANS = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const textWidth = (s: string, size: number) => s.length * size * CHAR;

/** Words of `text` in lines no wider than `width` at `size` px. */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * CHAR)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Round steps for an axis from 0 to `max`: 1, 2 or 5 times a power of ten, about five of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2 && ticks.length < 50; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + step);
  return ticks;
}

function text(x: number, y: number, s: string, attrs: Record<string, string | number> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}"${extra}>${escapeXml(s)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

function mark(kind: SvgLegendEntry['mark'], x: number, y: number, size: number, fill: string, stroke: string): string {
  const h = size / 2;
  if (kind === 'circle') return `<circle cx="${round(x + h)}" cy="${round(y + h)}" r="${round(h)}" fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}"/>`;
  if (kind === 'triangle') return `<path d="M${round(x + h)} ${round(y)}L${round(x + size)} ${round(y + size)}L${round(x)} ${round(y + size)}Z" fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}"/>`;
  if (kind === 'outlined') return `<rect x="${round(x + 1.5)}" y="${round(y + 1.5)}" width="${size - 3}" height="${size - 3}" fill="none" stroke="${escapeXml(fill)}" stroke-width="3"/>`;
  return `<rect x="${round(x)}" y="${round(y)}" width="${size}" height="${size}" fill="${escapeXml(fill)}"/>`;
}

/** The SVG document of a chart with its credits. */
export function chartSvg(chart: SvgChart): string {
  const width = chart.width ?? 800;
  const { colours: c } = chart;
  const inner = width - PAD * 2;
  const out: string[] = [];
  let y = PAD;

  for (const line of wrap(chart.title, inner, 20)) {
    y += 22;
    out.push(text(PAD, y, line, { 'font-size': 20, 'font-weight': 700 }));
  }
  for (const line of wrap(chart.subtitle, inner, 14)) {
    y += 19;
    out.push(text(PAD, y, line, { 'font-size': 14, fill: c.muted }));
  }
  if (chart.legend.length) {
    y += 12;
    let x = PAD;
    for (const entry of chart.legend) {
      const w = 20 + textWidth(entry.label, 13) + 16;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 22;
      }
      out.push(mark(entry.mark, x, y, 13, entry.colour ?? c.text, c.text), text(x + 19, y + 11, entry.label, { 'font-size': 13 }));
      x += w;
    }
    y += 13;
  }
  y += 16;
  const plot = chart.model.type === 'bar' ? bars(chart.model, c, y, width) : timeline(chart.model, c, y, width);
  out.push(plot.svg);
  y = plot.bottom + 8;
  for (const credit of chart.credits) {
    for (const line of wrap(credit, inner, 12)) {
      y += 17;
      out.push(text(PAD, y, line, { 'font-size': 12, fill: c.muted }));
    }
  }
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SANS}" fill="${escapeXml(c.text)}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(c.bg)}"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** Horizontal bars, one group per account (first figure filled, the latest outlined), each with its value at its end. */
function bars(p: BarPayload, c: SvgColours, top: number, width: number): { svg: string; bottom: number } {
  const labelWidth = Math.min(width * 0.4, Math.max(...p.labels.map((l) => textWidth(l, 12)), 40) + 8);
  const valueWidth = Math.max(0, ...p.datasets.flatMap((d) => d.display.map((s) => (s ? textWidth(s, 12) : 0)))) + 10;
  const left = PAD + labelWidth;
  const right = width - PAD - valueWidth;
  const max = Math.max(0, ...p.datasets.flatMap((d) => d.data.map((v) => v ?? 0)));
  const ticks = niceTicks(max);
  const top0 = top;
  const scale = (v: number) => left + ((right - left) * v) / (ticks.at(-1) || 1);
  const bar = 18;
  const group = p.datasets.length * (bar + 4) + 10;
  const bottom = top0 + group * p.labels.length;
  const compact = new Intl.NumberFormat(p.locale || 'en', { notation: 'compact' });
  const out: string[] = [];
  for (const t of ticks) {
    out.push(`<line x1="${round(scale(t))}" y1="${top0}" x2="${round(scale(t))}" y2="${bottom}" stroke="${escapeXml(c.line)}"/>`);
    out.push(text(scale(t), bottom + 16, compact.format(t), { 'font-size': 12, 'text-anchor': 'middle' }));
  }
  out.push(text((left + right) / 2, bottom + 34, p.axisLabel, { 'font-size': 12, 'text-anchor': 'middle' }));
  p.labels.forEach((label, i) => {
    const gy = top0 + i * group + 5;
    const colour = c.country[p.series[i]! % c.country.length] ?? c.text;
    out.push(text(left - 8, gy + (group - 10) / 2 + 4, label, { 'font-size': 12, 'text-anchor': 'end' }));
    p.datasets.forEach((d, k) => {
      const v = d.data[i];
      if (v === null || v === undefined) return;
      const by = gy + k * (bar + 4);
      const w = Math.max(1, scale(v) - left);
      out.push(
        k === 0
          ? `<rect x="${round(left)}" y="${round(by)}" width="${round(w)}" height="${bar}" fill="${escapeXml(colour)}"/>`
          : `<rect x="${round(left + 1.5)}" y="${round(by + 1.5)}" width="${round(Math.max(1, w - 3))}" height="${bar - 3}" fill="none" stroke="${escapeXml(colour)}" stroke-width="3"/>`,
      );
      out.push(text(left + w + 5, by + bar / 2 + 4, d.display[i] ?? '', { 'font-size': 12 }));
    });
  });
  return { svg: out.join('\n'), bottom: bottom + 40 };
}

/** One row per account, a point per date claimed: a circle, or a triangle where the sources disagree. */
function timeline(p: TimelinePayload, c: SvgColours, top: number, width: number): { svg: string; bottom: number } {
  const labelWidth = Math.min(width * 0.45, Math.max(...p.labels.map((l) => textWidth(l, 12)), 40) + 8);
  const left = PAD + labelWidth;
  const right = width - PAD - 10;
  const xs = p.points.map((pt) => pt.x);
  const from = Math.floor(Math.min(...xs));
  const to = Math.max(Math.ceil(Math.max(...xs)), from + 1);
  const scale = (x: number) => left + ((right - left) * (x - from)) / (to - from);
  const row = 26;
  const bottom = top + row * p.labels.length;
  const step = Math.max(1, Math.ceil((to - from) / 12));
  const out: string[] = [];
  for (let year = from; year <= to; year += step) {
    out.push(`<line x1="${round(scale(year))}" y1="${top}" x2="${round(scale(year))}" y2="${bottom}" stroke="${escapeXml(c.line)}"/>`);
    out.push(text(scale(year), bottom + 16, String(year), { 'font-size': 12, 'text-anchor': 'middle' }));
  }
  p.labels.forEach((label, i) => {
    const cy = top + i * row + row / 2;
    out.push(`<line x1="${round(left)}" y1="${round(cy)}" x2="${round(right)}" y2="${round(cy)}" stroke="${escapeXml(c.line)}" stroke-dasharray="2 3"/>`);
    out.push(text(left - 8, cy + 4, label, { 'font-size': 12, 'text-anchor': 'end' }));
  });
  for (const pt of p.points) {
    const colour = c.country[(p.series[pt.y] ?? 0) % c.country.length] ?? c.text;
    const cy = top + pt.y * row + row / 2;
    const size = pt.conflict ? 14 : 12;
    out.push(mark(pt.conflict ? 'triangle' : 'circle', scale(pt.x) - size / 2, cy - size / 2, size, colour, c.text));
  }
  return { svg: out.join('\n'), bottom: bottom + 24 };
}
