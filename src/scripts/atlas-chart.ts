/**
 * <atlas-chart>: draws its chart when it nears the viewport, from the numbers in its figure's
 * table (src/lib/chart-read.ts: the page holds them once). The chart code (chart.js, only the
 * pieces used, and the table reader) is a separate chunk fetched at that moment, never before.
 * `data-countries="mx cl"` (set by the country chooser) narrows it to those countries; it
 * announces each drawing with an `atlas-chart:drawn` event (the chart tools listen). Colours come
 * from CSS variables read at draw time, so a drawn chart is redrawn when the reader switches theme
 * (`atlas:themechange`, dispatched by public/theme.js).
 */
class AtlasChart extends HTMLElement {
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
    const { renderChart, readChart } = await import('./chart-render.ts');
    const model = readChart(figure, document.documentElement.lang);
    if (!model) return;
    this.chart?.destroy();
    this.chart = renderChart(canvas, model, this.dataset.countries);
    this.dataset.drawn = 'true';
    this.dispatchEvent(new CustomEvent('atlas-chart:drawn', { bubbles: true }));
  }
}

if (!customElements.get('atlas-chart')) customElements.define('atlas-chart', AtlasChart);
