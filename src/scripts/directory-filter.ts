/**
 * <atlas-directory>: filters the server-rendered account directory by country, institution kind and
 * platform. It only toggles `hidden` on what is already in the page, so without JavaScript the full
 * list is simply there. The choice is mirrored in the address (`?country=mx&platform=twitter`) so a
 * filtered view can be bookmarked or shared, and the result count is announced in a status region.
 */
class AtlasDirectory extends HTMLElement {
  private selects: HTMLSelectElement[] = [];

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filters]');
    if (!controls) return;
    this.selects = [...controls.querySelectorAll('select')];
    const params = new URLSearchParams(location.search);
    for (const select of this.selects) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    // A shared address naming a country on another page of the directory: go to that page.
    const elsewhere = this.selects.find((s) => s.name === 'country')?.selectedOptions[0]?.dataset.href;
    if (elsewhere) {
      const url = new URL(elsewhere, location.href);
      url.search = location.search;
      location.replace(url);
      return;
    }
    controls.hidden = false;
    controls.addEventListener('change', (e) => {
      // A country on another page of the directory: go there, with the other choices.
      const chosen = e.target instanceof HTMLSelectElement ? e.target.selectedOptions[0] : undefined;
      if (chosen?.dataset.href) return this.go(chosen.dataset.href);
      this.apply(true);
    });
    controls.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const select of this.selects) select.value = '';
      this.apply(true);
      this.selects[0]?.focus();
    });
    if (this.selects.some((s) => s.value)) this.apply(false);
  }

  private go(href: string) {
    const url = new URL(href, location.href);
    for (const select of this.selects) if (select.value) url.searchParams.set(select.name, select.value);
    location.assign(url);
  }

  private apply(updateAddress: boolean) {
    const chosen = Object.fromEntries(this.selects.map((s) => [s.name, s.value])) as Record<string, string>;
    const { country = '', kind = '', platform = '' } = chosen;
    let shown = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-c]')) {
      let inSection = 0;
      // A country left out is hidden whole; its rows are recomputed when it comes back.
      if (!country || section.dataset.c === country) {
        for (const group of section.querySelectorAll<HTMLElement>('tbody[data-k]')) {
          const kindMatches = !kind || group.dataset.k === kind;
          let inGroup = 0;
          for (const row of group.querySelectorAll<HTMLElement>('tr[data-p]')) {
            const match = kindMatches && (!platform || row.dataset.p === platform);
            if (row.hidden === match) row.hidden = !match;
            if (match) inGroup++;
          }
          group.hidden = inGroup === 0;
          inSection += inGroup;
        }
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    const total = Number(this.dataset.total ?? shown);
    const lang = this.dataset.intl ?? document.documentElement.lang;
    const category = new Intl.PluralRules(lang).select(shown) === 'one' ? 'one' : 'other';
    const template = (category === 'one' ? this.dataset.one : this.dataset.other) ?? '{count} / {total}';
    const number = new Intl.NumberFormat(lang);
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = template.replace('{count}', number.format(shown)).replace('{total}', number.format(total));
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown > 0;
    if (updateAddress) {
      const url = new URL(location.href);
      for (const [name, value] of Object.entries(chosen)) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(history.state, '', url);
    }
  }
}

if (!customElements.get('atlas-directory')) customElements.define('atlas-directory', AtlasDirectory);
