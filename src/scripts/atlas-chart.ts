/**
 * <atlas-chart>: draws its chart when it nears the viewport, from the numbers in its figure's
 * table (src/lib/chart-read.ts: the page holds them once). The chart code (chart.js, only the
 * pieces used) is a separate chunk fetched at that moment, never before; the table reader is here,
 * in the page's script, where the JSON.parse of the payload it replaces was (the chart chunk is at
 * its budget).
 * `data-countries="mx cl"` (set by the country chooser) narrows it to those countries; it
 * announces each drawing with an `atlas-chart:drawn` event (the chart tools listen). Colours come
 * from CSS variables read at draw time, so a drawn chart is redrawn when the reader switches theme
 * (`atlas:themechange`, dispatched by public/theme.js).
 */
import { readChart } from '../lib/chart-read.ts';

import type { ChartPayload } from '../lib/chart-payload.ts';

/** The element, as the export (src/scripts/figure-export.ts) sees it: what it last drew. */
export interface AtlasChartElement extends HTMLElement {
  drawn?: { payload: ChartPayload; colours: string[] };
}

class AtlasChart extends HTMLElement implements AtlasChartElement {
  drawn?: { payload: ChartPayload; colours: string[] };
  static observedAttributes = ['data-countries'];
  private observer?: IntersectionObserver;
  private chart?: { destroy(): void };
  private queue: Promise<void> = Promise.resolve();

  /** Once drawn, draw again: also after a choice of countries left nothing to draw (no chart object then). */
  private redraw = () => {
    if (this.dataset.drawn === 'true') this.queue = this.queue.then(() => this.draw());
  };

  attributeChangedCallback() {
    this.redraw();
  }

  connectedCallback() {
    document.addEventListener('atlas:themechange', this.redraw);
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.queue = this.queue.then(() => this.draw());
      },
      { rootMargin: '300px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    document.removeEventListener('atlas:themechange', this.redraw);
    this.observer?.disconnect();
  }

  private async draw() {
    const canvas = this.querySelector('canvas');
    const figure = this.closest('figure');
    if (!canvas || !figure) return;
    const { renderChart } = await import('./chart-render.ts');
    const model = readChart(figure, document.documentElement.lang);
    if (!model) return;
    this.chart?.destroy();
    const { chart, payload, colours } = renderChart(canvas, model, this.dataset.countries);
    this.chart = chart;
    this.drawn = { payload, colours };
    this.dataset.drawn = 'true';
    this.dispatchEvent(new CustomEvent('atlas-chart:drawn', { bubbles: true }));
  }
}

if (!customElements.get('atlas-chart')) customElements.define('atlas-chart', AtlasChart);
