/**
 * Chart tools, once a chart is drawn: "show as table" (a toggle between the picture and its
 * table; the table is always in the HTML and is what readers without JavaScript see) and
 * "download PNG" (the canvas with its title and credit on the page's background). The buttons
 * are in the HTML but hidden; they appear only when they can work.
 */

function figureOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('figure.chart');
}

function tool(figure: HTMLElement, name: 'table' | 'png'): HTMLButtonElement | null {
  return figure.querySelector<HTMLButtonElement>(`button[data-chart-tool="${name}"]`);
}

function setView(figure: HTMLElement, view: 'chart' | 'table') {
  figure.dataset.view = view;
  tool(figure, 'table')?.setAttribute('aria-pressed', String(view === 'table'));
}

function onDrawn(event: Event) {
  const figure = event.target instanceof Element ? figureOf(event.target) : null;
  if (!figure) return;
  const table = tool(figure, 'table');
  const png = tool(figure, 'png');
  if (table) table.hidden = false;
  if (png) png.hidden = false;
  // The first drawing shows the picture; later ones (a new choice of countries) keep the reader's view.
  if (!figure.dataset.view) setView(figure, targetsTable(figure) ? 'table' : 'chart');
}

/** A permalink to the table inside a figure (e.g. #chart-followers-twitter-table) opens it as a table. */
function targetsTable(figure: HTMLElement): boolean {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return false;
  const target = document.getElementById(id);
  return target !== null && target !== figure && figure.contains(target) && target.closest('.chart__table') !== null;
}

function onHashChange() {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-view]')) {
    if (targetsTable(figure)) setView(figure, 'table');
  }
}

function downloadPng(figure: HTMLElement, button: HTMLButtonElement) {
  const canvas = figure.querySelector('canvas');
  if (!canvas || canvas.width === 0) return;
  const css = getComputedStyle(document.documentElement);
  const bg = css.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = css.getPropertyValue('--text').trim() || '#000000';
  const scale = canvas.width / Math.max(1, canvas.clientWidth || canvas.width / (window.devicePixelRatio || 1));
  const pad = Math.round(16 * scale);
  const titleSize = Math.round(17 * scale);
  const creditSize = Math.round(12 * scale);
  const title = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
  const credit = button.dataset.credit ?? '';
  const out = document.createElement('canvas');
  out.width = canvas.width + pad * 2;
  out.height = canvas.height + pad * 4 + titleSize + creditSize;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = fg;
  ctx.textBaseline = 'top';
  ctx.font = `600 ${titleSize}px system-ui, sans-serif`;
  ctx.fillText(title, pad, pad, out.width - pad * 2);
  ctx.drawImage(canvas, pad, pad * 2 + titleSize);
  ctx.font = `${creditSize}px system-ui, sans-serif`;
  ctx.fillText(credit, pad, out.height - pad - creditSize, out.width - pad * 2);
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = button.dataset.filename ?? 'chart.png';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}

function onClick(event: MouseEvent) {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-chart-tool]') : null;
  const figure = button ? figureOf(button) : null;
  if (!button || !figure) return;
  if (button.dataset.chartTool === 'table') setView(figure, figure.dataset.view === 'table' ? 'chart' : 'table');
  else downloadPng(figure, button);
}

document.addEventListener('atlas-chart:drawn', onDrawn);
document.addEventListener('click', onClick);
window.addEventListener('hashchange', onHashChange);

export {};
