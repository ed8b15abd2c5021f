/**
 * A drawn chart as a file, PNG or SVG (fetched on the first click on either button): what the
 * figure shows on screen (the countries chosen, the page's theme) with its credits: title,
 * subtitle, legend, value labels, sources, date, licence and the chart's permalink. Both come from
 * one SVG document built from the data the canvas drew (read from the figure's table, narrowed to
 * the countries chosen: <atlas-chart>.drawn) by src/lib/chart-svg.ts; the PNG is that document
 * drawn at twice its size, so the two files always agree. (It imports nothing the chart chunk
 * shares: a shared chunk would add Vite's preload helper to every page's script.)
 */
import { chartSvg, type SvgLegendEntry } from '../lib/chart-svg.ts';
import type { AtlasChartElement } from './atlas-chart.ts';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The chart's address: the page's canonical URL, the countries chosen, the figure's anchor. */
function permalink(figure: HTMLElement): string {
  const url = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
  const chosen = figure.querySelector<HTMLElement>('atlas-chart')?.dataset.countries;
  if (chosen) url.searchParams.set('countries', chosen.split(' ').join(','));
  url.hash = figure.id;
  return url.href;
}

export function figureSvg(figure: HTMLElement): string | undefined {
  const drawn = figure.querySelector<AtlasChartElement>('atlas-chart')?.drawn;
  if (!drawn || drawn.payload.labels.length === 0) return undefined;
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const legend: SvgLegendEntry[] = [...figure.querySelectorAll<HTMLElement>('.chart__legend li:not(.is-deselected)')].map((li) => ({
    label: clean(li.textContent),
    mark: (li.dataset.mark ?? 'filled') as SvgLegendEntry['mark'],
    colour: getComputedStyle(li).getPropertyValue('--swatch').trim() || undefined,
  }));
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content;
  const credits = [
    clean(figure.querySelector('.chart__credit')?.textContent),
    ...[...figure.querySelectorAll('.chart__note')].map((n) => clean(n.textContent)),
    [site, permalink(figure)].filter(Boolean).join(' · '),
  ];
  return chartSvg({
    model: drawn.payload,
    title: clean(figure.querySelector('figcaption')?.textContent),
    subtitle: clean(figure.querySelector('.chart__subtitle')?.textContent),
    legend,
    credits,
    colours: { bg: v('--bg') || '#fff', text: v('--text') || '#000', muted: v('--muted') || '#444', line: v('--line') || '#ccc', country: drawn.colours },
    width: Math.max(640, Math.min(1000, figure.clientWidth)),
  });
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The PNG: the SVG drawn on a canvas at twice its size (a data: URL, which the CSP's img-src allows). */
export async function pngBlob(svg: string): Promise<Blob | null> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadFigure(figure: HTMLElement, format: 'png' | 'svg') {
  const svg = figureSvg(figure);
  if (!svg) return;
  const name = `atlas-${figure.id.replace(/^chart-/, '')}-${document.documentElement.lang}.${format}`;
  if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml' }), name);
  const blob = await pngBlob(svg);
  if (blob) download(blob, name);
}
