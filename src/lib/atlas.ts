/** The only module that queries collections: pages call it, then pass plain data down. */
import { getCollection, getEntry, render } from 'astro:content';
import { defaultLocale, isLocale, locales, type Locale } from '../i18n/config.ts';
import type { AtlasData, EntryKind, EntrySummary } from './model.ts';
import { countWords } from './entries.ts';
import { citedSources } from './mdx.ts';
import { decimalYear } from './format.ts';
import type { Change, Finding } from '../schemas/vocabularies.ts';
import type { Observation } from '../schemas/country.ts';
import { findingFigure, findingText } from './findings.ts';
import { plainIn } from './localized.ts';

let atlas: Promise<AtlasData> | undefined;

/** Countries (sorted by Spanish name), vocabularies and bibliography, loaded once per build. */
export function loadAtlas(): Promise<AtlasData> {
  atlas ??= (async () => {
    const [countries, platforms, features, kinds, sources, tags] = await Promise.all([
      getCollection('countries'),
      getCollection('platforms'),
      getCollection('features'),
      getCollection('institutionKinds'),
      getCollection('sources'),
      getCollection('tags'),
    ]);
    return {
      countries: countries.map((c) => ({ ...c.data, id: c.id })).sort((a, b) => plainIn(a.name, defaultLocale).localeCompare(plainIn(b.name, defaultLocale), defaultLocale)),
      platforms: inFileOrder(platforms.map((p) => p.data)),
      features: inFileOrder(features.map((f) => f.data)),
      kinds: kinds.map((k) => k.data).sort((a, b) => a.order - b.order),
      sources: sources.map((s) => s.data),
      tags: inFileOrder(tags.map((t) => t.data)),
    };
  })();
  return atlas;
}

/** The changelog (content/changelog.yaml), newest first; the file's order among changes of one date. */
export async function loadChangelog(): Promise<Change[]> {
  const changes = (await getCollection('changelog')).map((c) => ({ position: Number(c.id), change: { date: c.data.date, text: c.data.text } }));
  return changes.sort((a, b) => decimalYear(b.change.date) - decimalYear(a.change.date) || a.position - b.position).map((c) => c.change);
}

/** The methodology page in one language (content/methodology/<locale>.mdx), rendered. */
/**
 * The methodology page in `locale`, or the source language's while it has none (`written` says which),
 * and the locales that have their own.
 */
export async function loadMethodology(locale: Locale) {
  const written = (await getCollection('methodology')).map((p) => p.id);
  const lang = written.includes(locale) ? locale : defaultLocale;
  const page = await getEntry('methodology', lang);
  if (!page) throw new Error(`content/methodology/${lang}.mdx is missing`);
  return { data: page.data, cited: citedSources(page.body ?? ''), written: lang, available: locales.filter((l) => written.includes(l)), ...(await render(page)) };
}

/** Headline findings shown on a page, in file order, each with its figure's text in the page's locale. */
export async function loadFindings(page: Finding['on'][number], locale: Locale): Promise<FindingView[]> {
  const [findings, data] = await Promise.all([getCollection('findings'), loadAtlas()]);
  return inFileOrder(findings.map((f) => f.data))
    .filter((f) => f.on.includes(page))
    .map((finding) => {
      const figure = findingFigure(finding, data.countries);
      // The content check refuses a finding whose figure is not in the data.
      if ('problem' in figure) throw new Error(`content/findings.yaml: ${finding.id}: ${figure.problem}`);
      return { finding, observation: figure.observation, text: findingText(finding, figure.observation, locale) };
    });
}

export interface FindingView {
  finding: Finding;
  observation: Observation;
  text: string;
}

let entries: Promise<EntrySummary[]> | undefined;

/** Every article and interview in every language, newest first. */
export function loadEntries(): Promise<EntrySummary[]> {
  entries ??= (async () => {
    const kinds: EntryKind[] = ['articles', 'interviews'];
    const all = await Promise.all(kinds.map(async (kind) => (await getCollection(kind)).map((e) => ({ kind, e }))));
    return all
      .flat()
      .map(({ kind, e }) => {
        const [locale, slug] = e.id.split('/') as [string, string];
        if (!isLocale(locale)) throw new Error(`content/${kind}/${e.id}: unknown locale folder "${locale}"`);
        return { kind, locale, slug, entryId: e.id, data: e.data, words: countWords(e.body ?? ''), cited: citedSources(e.body ?? '') } satisfies EntrySummary;
      })
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug));
  })();
  return entries;
}

/** The rendered body and headings of one entry (pages only; components receive the result). */
export async function renderEntry(summary: Pick<EntrySummary, 'kind' | 'entryId'>) {
  const entry = await getEntry(summary.kind, summary.entryId);
  if (!entry) throw new Error(`content/${summary.kind}/${summary.entryId}.mdx: entry not found`);
  return render(entry);
}

/** Vocabulary entries in the order of their file, without the bookkeeping field. */
function inFileOrder<T extends { position: number }>(items: T[]): Omit<T, 'position'>[] {
  return [...items].sort((a, b) => a.position - b.position).map(({ position: _, ...rest }) => rest);
}
