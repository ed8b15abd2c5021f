/** The bibliography page: every source, by its first author (or title) in the page language's order. */
import type { Locale } from '../../i18n/config.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import type { AtlasData } from '../model.ts';

export function sourcesView(data: AtlasData, locale: Locale): { sources: Source[] } {
  const key = (s: Source) => s.authors[0] ?? s.title;
  return { sources: [...data.sources].sort((a, b) => key(a).localeCompare(key(b), locale)) };
}
