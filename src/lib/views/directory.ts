/** The account directory page: the countries with accounts, the filter choices, counts and notes. */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { Observation } from '../../schemas/country.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { directory, directoryFacets, type DirectoryAccount, type DirectoryCountry } from '../directory.ts';
import { formatNumber } from '../format.ts';
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
  /** Countries with at least one account, in the page language's alphabetical order. */
  countries: DirectoryViewCountry[];
  facets: ReturnType<typeof directoryFacets>;
  /** "Showing 69 accounts of 69.": what the filter script updates. */
  status: string;
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

export function directoryView(data: AtlasData, locale: Locale): DirectoryView {
  const t = useTranslations(locale);
  const found = directory(data, locale).filter((c) => c.count > 0);
  const facets = directoryFacets(found, data);
  const accounts = found.flatMap((c) => c.institutions.flatMap((i) => i.accounts));
  const total = formatNumber(locale, facets.total);
  return {
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
