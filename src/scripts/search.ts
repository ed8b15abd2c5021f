/**
 * <atlas-search>: Pagefind's JavaScript API behind our own form and result list (the stock UI
 * sets inline styles, which the Content-Security-Policy forbids). The Pagefind bundle is imported
 * on the first input or submit, never before; it searches the index of the page's language.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent;
        out.push(mark);
      } else walk(child);
    }
  };
  walk(doc.body);
  return out;
}

class AtlasSearch extends HTMLElement {
  private api?: Promise<PagefindApi>;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private last = '';

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    this.status = this.querySelector<HTMLElement>('.search__status')!;
    this.list = this.querySelector<HTMLOListElement>('.search__results')!;
    this.querySelector<HTMLElement>('[data-search-noscript]')!.hidden = true;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(this.input.value, true);
    });
    this.input.addEventListener('input', () => void this.search(this.input.value, false));
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      this.input.value = q;
      void this.search(q, true);
    }
  }

  private load(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const api = (await import(/* @vite-ignore */ this.dataset.bundle!)) as PagefindApi;
      await api.options({ baseUrl: this.dataset.base, excerptLength: 24 });
      await api.init();
      return api;
    })();
    return this.api;
  }

  private async search(raw: string, now: boolean) {
    const query = raw.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    this.last = query;
    if (!query) {
      this.list.replaceChildren();
      this.list.hidden = true;
      this.status.textContent = '';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.status.textContent = this.dataset.loading!;
    try {
      const api = await this.load();
      const found = await api.debouncedSearch(query, {}, now ? 0 : 250);
      if (found === null || query !== this.last) return; // a newer query took over
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (query !== this.last) return;
      this.render(query, found.results.length, data);
    } catch {
      this.status.textContent = this.dataset.error!;
    } finally {
      if (query === this.last) this.removeAttribute('aria-busy');
    }
  }

  private render(query: string, count: number, results: PagefindResultData[]) {
    const plural = new Intl.PluralRules(this.dataset.intl).select(count) === 'one' ? this.dataset.resultsOne! : this.dataset.resultsOther!;
    const number = new Intl.NumberFormat(this.dataset.intl).format(count);
    this.status.textContent = count === 0 ? fill(this.dataset.none!, { query }) : fill(plural, { count: number, query });
    this.list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        h.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(r.excerpt));
        li.append(h, p);
        return li;
      }),
    );
    this.list.hidden = results.length === 0;
  }
}

if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);

export {};
