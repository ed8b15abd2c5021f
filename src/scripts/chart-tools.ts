/**
 * Chart tools, once a chart is drawn: "show as table" / "show as chart" (a switch between the
 * picture and its table; the table is always in the HTML and is what readers without JavaScript see) and
 * "download PNG" and "download SVG" (src/scripts/figure-export.ts, fetched on the first click) and
 * "embed" (the <iframe> code of the chart's embed page, /<lang>/embed/<chart>/). The buttons are in
 * the HTML but hidden; they appear only when they can work.
 */

const figureOf = (el: EventTarget | null) => (el instanceof Element ? el.closest<HTMLElement>('figure.chart') : null);

/** Shows the picture or the table; the button says what pressing it will show next. */
function setView(figure: HTMLElement, view: 'chart' | 'table') {
  figure.dataset.view = view;
  const button = figure.querySelector<HTMLElement>('[data-chart-tool="table"]');
  if (button) button.textContent = (view === 'table' ? button.dataset.labelChart : button.dataset.labelTable) ?? button.textContent;
}

/** A permalink to the table inside a figure (e.g. #chart-followers-twitter-table) opens it as a table. */
function targetsTable(figure: HTMLElement): boolean {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  return !!target && target !== figure && figure.contains(target) && !!target.closest('.chart__table');
}

document.addEventListener('atlas-chart:drawn', (event) => {
  const figure = figureOf(event.target);
  if (!figure) return;
  for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-chart-tool]')) button.hidden = false;
  // The first drawing shows the picture; later ones (a new choice of countries) keep the reader's view.
  if (!figure.dataset.view) setView(figure, targetsTable(figure) ? 'table' : 'chart');
});

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-chart-tool]') : null;
  const figure = figureOf(button);
  if (!button || !figure) return;
  const tool = button.dataset.chartTool;
  if (tool === 'table') setView(figure, figure.dataset.view === 'table' ? 'chart' : 'table');
  else if (tool === 'embed') void import('./embed-code.ts').then((m) => m.toggleEmbed(figure, button));
  else void import('./figure-export.ts').then((m) => m.downloadFigure(figure, tool === 'svg' ? 'svg' : 'png'));
});

window.addEventListener('hashchange', () => {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-view]')) if (targetsTable(figure)) setView(figure, 'table');
});

export {};
