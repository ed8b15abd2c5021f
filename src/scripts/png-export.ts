/** A drawn chart as a PNG download: the canvas with its title above and its credit below, on the page's background. */

export function downloadPng(figure: HTMLElement) {
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
  // Credit line: the site, the chart's sources (its citation links) and the licence.
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content;
  const sources = [...new Set([...figure.querySelectorAll('.chart__source a.cite')].map((a) => a.textContent?.trim()))].join('; ');
  const credit = [site, sources, 'CC BY 4.0'].filter(Boolean).join(' · ');
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
    link.download = `atlas-${figure.id.replace(/^chart-/, '')}-${document.documentElement.lang}.png`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
