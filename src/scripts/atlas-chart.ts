/**
 * <atlas-chart>: draws its chart when it nears the viewport. The chart code (chart.js, only the
 * pieces used) is a separate chunk fetched at that moment, never before.
 */
import type { ChartPayload } from '../lib/chart-payload.ts';

class AtlasChart extends HTMLElement {
  private observer?: IntersectionObserver;

  connectedCallback() {
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        void this.draw();
      },
      { rootMargin: '300px 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }

  private async draw() {
    const payload = JSON.parse(this.dataset.chart ?? '{}') as ChartPayload;
    const frame = this.querySelector<HTMLElement>('.chart__canvas');
    const canvas = this.querySelector('canvas');
    if (!frame || !canvas) return;
    frame.hidden = false;
    const { renderChart } = await import('./chart-render.ts');
    renderChart(canvas, payload);
    this.dataset.drawn = 'true';
  }
}

if (!customElements.get('atlas-chart')) customElements.define('atlas-chart', AtlasChart);
