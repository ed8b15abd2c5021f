/** Queries over one country profile. */
import type { Country } from '../schemas/country.ts';

/** Every bibliography id the profile cites, in order of first use. */
export function countrySourceIds(country: Country): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'source' && typeof x === 'string') ids.add(x);
      else walk(x);
    }
  };
  walk(country);
  return [...ids];
}
