/** Queries over one country profile. */
import type { Country, Institution } from '../schemas/country.ts';
import type { InstitutionKind } from '../schemas/vocabularies.ts';

/** Institutions in the kind vocabulary's order (an unknown kind last): the country page and the presence download list them so. */
export function inKindOrder(institutions: Institution[], kinds: InstitutionKind[]): Institution[] {
  const order = new Map(kinds.map((k) => [k.id, k.order]));
  return [...institutions].sort((a, b) => (order.get(a.kind) ?? 99) - (order.get(b.kind) ?? 99));
}

/** Every bibliography id the profile cites (`source`, and `via` for figures read in another work), in order of first use. */
export function countrySourceIds(country: Country): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'source' || k === 'via') && typeof x === 'string') ids.add(x);
      else walk(x);
    }
  };
  walk(country);
  return [...ids];
}
