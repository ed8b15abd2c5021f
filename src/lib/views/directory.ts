/** The account directory page: the countries with accounts, the filter choices, counts and notes. */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { Observation } from '../../schemas/country.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { localePath } from '../../i18n/routes.ts';
import { DIRECTORY_PAGE_ACCOUNTS, directory, directoryFacets, directoryPages, type DirectoryAccount, type DirectoryCountry } from '../directory.ts';
import { pageHref, pageNav, type PageNav } from '../pagination.ts';
import { formatNumber } from '../format.ts';
import { inLocale } from '../localized.ts';
import type { AtlasData } from '../model.ts';

/** Latest figures sharing an as-of date (and whether it is stated), printed under one date. */
export interface FigureGroup {
  asOf: string;
  stated: boolean;
  items: Observation[];
}

export type DirectoryViewCountry = Omit<DirectoryCountry, 'institutions'> & {
  institutions: (Omit<DirectoryCountry['institutions'][number], 'accounts'> & { accounts: (DirectoryAccount & { latestByDate: FigureGroup[] })[] })[];
  /** "13 accounts". */
  accountsLabel: string;
};

export interface DirectoryView {
  /** The countries of this page with at least one account, in the page language's alphabetical order. */
  countries: DirectoryViewCountry[];
  /** Filter choices over every page (the country list names them all); `total` is this page's accounts. */
  facets: ReturnType<typeof directoryFacets>;
  /** "Showing 69 accounts of 69." (of this page): what the filter script updates. */
  status: string;
  /** Every country with accounts, each with the address of its section (on this page or another): the jump list, and where the country filter goes. */
  jump: { id: string; name: string; href: string; here: boolean }[];
  /** Links to the other pages, and the page's first and last country, when there is more than one page. */
  nav?: PageNav & { range: string };
  /** Which notes go under the directory. */
  notes: { inferred: boolean; conflict: boolean };
  sources: Map<string, Source>;
}

const pluralKey = (locale: Locale, n: number) => (new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other');

/** Figures grouped by as-of date (stated or inferred), in order of first appearance, so that a shared date is printed once. */
export function byDate(latest: Observation[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const o of latest) {
    const g = groups.find((x) => x.asOf === o.asOf && x.stated === o.asOfStated);
    if (g) g.items.push(o);
    else groups.push({ asOf: o.asOf, stated: o.asOfStated, items: [o] });
  }
  return groups;
}

/** How many pages the directory has in a language (the same in every language unless one country outweighs a page). */
export function directoryPageCount(data: AtlasData, locale: Locale, perPage = DIRECTORY_PAGE_ACCOUNTS): number {
  return directoryPages(directory(data, locale).filter((c) => c.count > 0), perPage).length;
}

export function directoryView(data: AtlasData, locale: Locale, page = 1, perPage = DIRECTORY_PAGE_ACCOUNTS): DirectoryView {
  const t = useTranslations(locale);
  const all = directory(data, locale).filter((c) => c.count > 0);
  const pages = directoryPages(all, perPage);
  const found = pages[page - 1] ?? [];
  const first = localePath(locale, 'directory');
  const pageOf = new Map(pages.flatMap((p, i) => p.map((c) => [c.id, i + 1] as const)));
  const facets = { ...directoryFacets(all, data), total: found.reduce((n, c) => n + c.count, 0) };
  const accounts = found.flatMap((c) => c.institutions.flatMap((i) => i.accounts));
  const total = formatNumber(locale, facets.total);
  const nav = pageNav(locale, first, page, pages.length);
  return {
    jump: all.map((c) => ({ id: c.id, name: inLocale(c.name, locale), here: pageOf.get(c.id) === page, href: `${pageOf.get(c.id) === page ? '' : pageHref(first, pageOf.get(c.id)!)}#dir-${c.id}` })),
    ...(nav && found.length > 0 && { nav: { ...nav, range: t('directory.range', { first: inLocale(found[0]!.name, locale), last: inLocale(found[found.length - 1]!.name, locale) }) } }),
    countries: found.map((c) => ({
      ...c,
      institutions: c.institutions.map((i) => ({ ...i, accounts: i.accounts.map((a) => ({ ...a, latestByDate: byDate(a.latest) })) })),
      accountsLabel: t(`directory.accounts.${pluralKey(locale, c.count)}`, { count: formatNumber(locale, c.count) }),
    })),
    facets,
    status: t(`directory.showing.${pluralKey(locale, facets.total)}`, { count: total, total }),
    notes: { inferred: accounts.some((a) => a.latest.some((o) => !o.asOfStated)), conflict: accounts.some((a) => a.conflict) },
    sources: new Map(data.sources.map((s) => [s.id, s])),
  };
}
