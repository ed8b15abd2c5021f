/**
 * The country chooser on the comparison page. Each table cell, chart-table row and chart bar of a
 * country carries `data-country`; a class hides those of the countries left out, and charts are
 * redrawn with `data-countries`. The choice lives in the address (?countries=mx,cl) so that a
 * comparison can be shared.
 */

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function init(form: HTMLElement) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="countries"]')];
  const all = boxes.map((b) => b.value);
  const status = form.querySelector<HTMLElement>('.chooser__status')!;
  const filter = form.querySelector<HTMLInputElement>('#chooser-filter')!;
  const noMatch = form.querySelector<HTMLElement>('.chooser__nomatch')!;
  const items = [...form.querySelectorAll<HTMLLIElement>('.chooser__list li')];
  const wanted = new URLSearchParams(location.search).get('countries');
  if (wanted !== null) {
    const ids = new Set(wanted.split(','));
    for (const b of boxes) b.checked = ids.has(b.value);
  }

  const apply = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const shown = new Set(chosen.length ? chosen : all);
    const narrowed = shown.size < all.length;
    for (const el of document.querySelectorAll<HTMLElement>('main [data-country]')) {
      el.classList.toggle('is-deselected', !shown.has(el.dataset.country!));
    }
    // A table cut into parts (200 countries): a part with none of the chosen countries goes whole.
    for (const part of document.querySelectorAll<HTMLElement>('main [data-part-countries]')) {
      part.classList.toggle('is-deselected', !part.dataset.partCountries!.split(' ').some((id) => shown.has(id)));
    }
    for (const chart of document.querySelectorAll<HTMLElement>('main atlas-chart')) {
      if (narrowed) chart.dataset.countries = [...shown].join(' ');
      else delete chart.dataset.countries;
    }
    const message =
      chosen.length === 0
        ? status.dataset.noneChosen!
        : chosen.length === 1
          ? fill(status.dataset.tooFew!, { count: 1 })
          : fill(status.dataset.status!, { count: chosen.length, total: all.length });
    status.textContent = message;
    const url = new URL(location.href);
    if (narrowed && chosen.length) url.searchParams.set('countries', chosen.join(','));
    else url.searchParams.delete('countries');
    history.replaceState(history.state, '', url);
  };

  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') apply();
  });
  form.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-choose]') : null;
    if (!button) return;
    const on = button.dataset.choose === 'all';
    // "All" and "None" act on the countries the filter shows, so that a search can pick a group.
    for (const li of items) if (!li.hidden) li.querySelector('input')!.checked = on;
    apply();
  });
  filter.addEventListener('input', () => {
    const q = fold(filter.value);
    let visible = 0;
    for (const li of items) {
      li.hidden = q !== '' && !li.dataset.search!.includes(q);
      if (!li.hidden) visible++;
    }
    noMatch.hidden = visible > 0;
    noMatch.textContent = visible > 0 ? '' : fill(noMatch.dataset.template!, { query: filter.value.trim() });
  });

  form.hidden = false;
  // The page is written with every country chosen (and its status says so): only a choice from the
  // address needs applying at load, so that 200 countries' cells are not walked for nothing (issue 18).
  if (wanted !== null) apply();
}

const form = document.querySelector<HTMLElement>('.chooser');
if (form) init(form);

export {};
