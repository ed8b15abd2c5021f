/**
 * The account directory ("atlas"): every official account of every country, grouped by country and
 * institution, with what a reader needs to find and check it. Pure: the page renders these groups.
 */
import { locales, type Locale } from '../i18n/config.ts';
import { metrics, type Account, type DateClaim, type Observation } from '../schemas/country.ts';
import type { InstitutionKind, Platform } from '../schemas/vocabularies.ts';
import { claimsConflict } from './charts.ts';
import { decimalYear } from './format.ts';
import type { AtlasData, CountryRecord } from './model.ts';
import type { Localized } from '../schemas/common.ts';
import { plainIn } from './localized.ts';

export interface DirectoryAccount {
  platform: Platform;
  handle?: string;
  url?: string;
  /** Creation claims, oldest first. */
  created: DateClaim[];
  /** True when the creation claims name different periods ("sources disagree"). */
  conflict: boolean;
  /** The latest observation of each metric the account has, in a fixed metric order. */
  latest: Observation[];
  /** Every bibliography id behind the row (the account itself, its dates, its latest figures), in order of first use. */
  sources: string[];
}

export interface DirectoryInstitution {
  id: string;
  kind: InstitutionKind;
  name: Localized;
  abbr?: string;
  accounts: DirectoryAccount[];
}

export interface DirectoryCountry {
  id: string;
  iso: string;
  name: Localized;
  institutions: DirectoryInstitution[];
  /** Accounts in the country, all institutions together. */
  count: number;
}

/** Of each metric, the observation with the latest as-of date (the later one wins a tie: it was added later). */
export function latestObservations(observations: Observation[]): Observation[] {
  const byMetric = new Map<Observation['metric'], Observation>();
  for (const o of observations) {
    const seen = byMetric.get(o.metric);
    if (!seen || decimalYear(o.asOf) >= decimalYear(seen.asOf)) byMetric.set(o.metric, o);
  }
  return metrics.flatMap((m) => byMetric.get(m) ?? []);
}

function directoryAccount(account: Account, platforms: Map<string, Platform>): DirectoryAccount {
  const created = [...account.created].sort((a, b) => decimalYear(a.date, a.part) - decimalYear(b.date, b.part));
  const latest = latestObservations(account.observations);
  return {
    platform: platforms.get(account.platform) ?? { id: account.platform, name: account.platform, charted: false },
    ...(account.handle ? { handle: account.handle } : {}),
    ...(account.url ? { url: account.url } : {}),
    created,
    conflict: claimsConflict(created),
    latest,
    sources: [...new Set([account.source, ...created.map((c) => c.source), ...latest.map((o) => o.source)])],
  };
}

/**
 * Countries in the locale's alphabetical order; institutions in the vocabulary's kind order;
 * accounts in the platform vocabulary's order. Institutions without accounts are left out.
 */
export function directory(data: AtlasData, locale: Locale): DirectoryCountry[] {
  const platforms = new Map(data.platforms.map((p) => [p.id, p]));
  const platformOrder = new Map(data.platforms.map((p, i) => [p.id, i]));
  const kinds = new Map(data.kinds.map((k) => [k.id, k]));
  const collator = new Intl.Collator(locale);
  return [...data.countries]
    .sort((a, b) => collator.compare(plainIn(a.name, locale), plainIn(b.name, locale)))
    .map((country: CountryRecord) => {
      const institutions = country.institutions
        .filter((i) => i.accounts.length > 0)
        .map((i) => ({
          id: i.id,
          kind: kinds.get(i.kind) ?? { id: i.kind, label: Object.fromEntries(locales.map((l) => [l, i.kind])) as Record<Locale, string>, order: Number.MAX_SAFE_INTEGER },
          name: i.name,
          ...(i.abbr ? { abbr: i.abbr } : {}),
          accounts: [...i.accounts]
            .sort((a, b) => (platformOrder.get(a.platform) ?? 999) - (platformOrder.get(b.platform) ?? 999))
            .map((a) => directoryAccount(a, platforms)),
        }))
        .sort((a, b) => a.kind.order - b.kind.order || collator.compare(plainIn(a.name, locale), plainIn(b.name, locale)));
      return {
        id: country.id,
        iso: country.iso,
        name: country.name,
        institutions,
        count: institutions.reduce((n, i) => n + i.accounts.length, 0),
      };
    });
}

/**
 * Accounts per page of the directory, at most (a country is never split: one with more accounts has
 * a page of its own). About 23 bytes of gzip per account: 1,500 accounts make a page of about 45 KB
 * with its styles and script, under the 60 KB a page may weigh at 200 countries (issue 18; all 4,992
 * accounts of the benchmark on one page weighed 118 KB). The atlas's own content fits on one page,
 * at the directory's address; later pages are at `page/<n>/`.
 */
export const DIRECTORY_PAGE_ACCOUNTS = 1500;

/** The countries in order, cut into pages of at most `max` accounts, never splitting a country. */
export function directoryPages<T extends { count: number }>(countries: T[], max = DIRECTORY_PAGE_ACCOUNTS): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let accounts = 0;
  for (const c of countries) {
    if (current.length > 0 && accounts + c.count > max) {
      pages.push(current);
      current = [];
      accounts = 0;
    }
    current.push(c);
    accounts += c.count;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** The filter choices: only values that occur, in vocabulary order (countries as listed). */
export function directoryFacets(countries: DirectoryCountry[], data: AtlasData) {
  const kinds = new Set(countries.flatMap((c) => c.institutions.map((i) => i.kind.id)));
  const platforms = new Set(countries.flatMap((c) => c.institutions.flatMap((i) => i.accounts.map((a) => a.platform.id))));
  return {
    countries: countries.filter((c) => c.count > 0).map((c) => ({ id: c.id, name: c.name })),
    kinds: data.kinds.filter((k) => kinds.has(k.id)),
    platforms: data.platforms.filter((p) => platforms.has(p.id)),
    total: countries.reduce((n, c) => n + c.count, 0),
  };
}
