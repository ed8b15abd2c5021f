/** The "Embed" tool (fetched on its first click): the <iframe> code of the chart's embed page, /<lang>/embed/<chart>/. */

/** Shows (or hides) the code that embeds the chart in another page, selected for copying. */
export function toggleEmbed(figure: HTMLElement, button: HTMLButtonElement) {
  const id = `${figure.id}-embed`;
  const open = document.getElementById(id);
  button.setAttribute('aria-expanded', String(!open));
  if (open) return open.remove();
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const src = new URL(button.dataset.embed ?? '', canonical).href;
  const frame = figure.querySelector<HTMLElement>('.chart__canvas');
  const height = Math.round((frame?.offsetHeight ?? 300) + 300);
  const title = figure.querySelector('figcaption')?.textContent?.trim() ?? '';
  const panel = document.createElement('div');
  panel.className = 'chart__embed';
  panel.id = id;
  const label = document.createElement('label');
  label.htmlFor = `${id}-code`;
  label.textContent = button.dataset.help ?? '';
  const code = document.createElement('textarea');
  code.id = label.htmlFor;
  code.readOnly = true;
  code.rows = 3;
  code.value = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  panel.append(label, code);
  button.setAttribute('aria-controls', id);
  button.closest('.data-tools')?.after(panel);
  code.focus();
  code.select();
}
