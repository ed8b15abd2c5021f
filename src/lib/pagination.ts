/**
 * Pages of a long list (the entry listings, the account directory): where page n lives and the
 * plain links between pages, which work without JavaScript. Page 1 is the list's own address;
 * later pages are `<first>page/<n>/`.
 */
import type { Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/ui.ts';

/** The address of page `n` of a list whose first page is at `first` (both base-path aware). */
export function pageHref(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

/** Links between the pages of a list: plain links, no JavaScript. */
export interface PageNav {
  /** "Page 2 of 5". */
  label: string;
  current: number;
  last: number;
  prev?: string;
  next?: string;
  /** The first, the last and the pages around the current one; `gap` where numbers are left out. */
  pages: ({ n: number; href: string; current: boolean } | { gap: true })[];
}

/** Page numbers to link: the first, the last, and `around` on each side of the current one; a gap for any run left out. */
export function pageWindow(current: number, last: number, around = 2): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) out.push(n);
    else if (out[out.length - 1] !== 'gap') out.push('gap');
  }
  return out;
}

/** The links between the pages of a list whose first page is at `first`; none for a single page. */
export function pageNav(locale: Locale, first: string, current: number, last: number): PageNav | undefined {
  if (last <= 1) return undefined;
  const t = useTranslations(locale);
  return {
    label: t('listing.pageOf', { page: current, pages: last }),
    current,
    last,
    ...(current > 1 && { prev: pageHref(first, current - 1) }),
    ...(current < last && { next: pageHref(first, current + 1) }),
    pages: pageWindow(current, last).map((n) => (n === 'gap' ? { gap: true as const } : { n, href: pageHref(first, n), current: n === current })),
  };
}
