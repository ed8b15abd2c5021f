/**
 * On an embed page, `?countries=mx,cl` (the embed code of a country page's chart carries it)
 * narrows the chart, its legend and its table to those countries, as the comparison page's chooser does.
 */
const wanted = new URLSearchParams(location.search).get('countries');
if (wanted) {
  const keep = new Set(wanted.split(','));
  for (const el of document.querySelectorAll<HTMLElement>('main [data-country]')) el.classList.toggle('is-deselected', !keep.has(el.dataset.country!));
  for (const chart of document.querySelectorAll<HTMLElement>('main atlas-chart')) chart.dataset.countries = [...keep].join(' ');
}

export {};
