/**
 * Open data: the atlas as flat tables that a spreadsheet or a script can read. Columns are
 * language-neutral (ids and raw values); labels come as one column per locale. Each table on the
 * site and each chart has its dataset, served as CSV and JSON at `/data/<id>.csv|json`.
 */
import { locales, type Locale } from '../i18n/config.ts';
import { useTranslations, type UiKey } from '../i18n/ui.ts';
import { filePath } from '../i18n/routes.ts';
import type { AtlasData, CountryRecord, EntrySummary } from './model.ts';
import type { DateClaim, Institution } from '../schemas/country.ts';
import { chartSpecs, claimsConflict, metricRows, timelineRows, type ChartSpec } from './charts.ts';
import { decimalYear, languageName } from './format.ts';
import pkg from '../../package.json' with { type: 'json' };
import { memo } from './memo.ts';
import { inKindOrder } from './country.ts';
import { countryNetwork, networkKinds } from './network.ts';
import { createZip } from './zip.ts';
import { hasFallbackMarks, plainIn } from './localized.ts';

export type Localized = Record<Locale, string>;
export type FieldType = 'id' | 'code' | 'text' | 'integer' | 'boolean' | 'date' | 'url' | 'list';
export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export interface Field {
  /** Column name, e.g. `country_id`. */
  name: string;
  type: FieldType;
  /** What a value measures or which vocabulary it comes from. */
  unit: Localized;
  description: Localized;
}

/** Where on the site a dataset is shown: a table or a chart, by its anchor on the comparison page. */
export interface DatasetPlace {
  section: 'compare' | 'countries';
  anchor: string;
}

export interface Dataset {
  id: string;
  title: Localized;
  description: Localized;
  fields: Field[];
  rows: Row[];
  place?: DatasetPlace;
}

/** Release facts printed in every download. */
export interface DatasetMeta {
  /** package.json version. */
  version: string;
  /** The latest date in the content (YYYY, YYYY-MM or YYYY-MM-DD): builds stay reproducible. */
  date: string;
}

/** Version from package.json, date from the content: never the build time. */
export function datasetMeta(data: AtlasData, entries: EntrySummary[] = []): DatasetMeta {
  let byEntries = metaCache.get(data);
  if (!byEntries) metaCache.set(data, (byEntries = new WeakMap()));
  let meta = byEntries.get(entries);
  if (!meta) byEntries.set(entries, (meta = { version: pkg.version, date: latestContentDate(data, entries) }));
  return meta;
}

// The data page (file sizes, in each language) and the download endpoints ask for the same release
// date and bundles several times per build; at 200 countries each costs seconds. They are made
// once per atlas (loadAtlas() gives one per build) and release; callers must not change them.
const metaCache = new WeakMap<AtlasData, WeakMap<EntrySummary[], DatasetMeta>>();

export const licence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Stable download addresses (with the base path). */
export function datasetFiles(id: string): { csv: string; json: string } {
  return { csv: filePath('data', `${id}.csv`), json: filePath('data', `${id}.json`) };
}

export const bundleFiles = { json: 'atlas.json', zip: 'atlas-data.zip', codebook: 'codebook.csv' } as const;

/**
 * A text per locale, leaving out the locales whose dictionary lacks it: pages then show the source
 * text marked with its language, and the codebook's column for that language stays empty.
 */
function each(fn: (locale: Locale) => string): Localized {
  return Object.fromEntries(locales.flatMap((l) => {
    const text = fn(l);
    return hasFallbackMarks(text) ? [] : [[l, text]];
  })) as Localized;
}

function tr(key: UiKey, vars?: Record<string, string | number>): Localized {
  return each((l) => useTranslations(l)(key, vars));
}

const unitKey: Record<FieldType, UiKey> = {
  id: 'data.unit.id',
  code: 'data.unit.code',
  text: 'data.unit.text',
  integer: 'data.unit.integer',
  boolean: 'data.unit.boolean',
  date: 'data.unit.date',
  url: 'data.unit.url',
  list: 'data.unit.list',
};

/** A column; `description` names its definition when the same column name means something else in another dataset. */
function field(name: string, type: FieldType, unit?: UiKey, description?: UiKey): Field {
  return { name, type, unit: tr(unit ?? unitKey[type]), description: tr(description ?? (`data.field.${name}` as UiKey)) };
}

/** One text column per locale: `country_name_es`, `country_name_en`, ... */
function localizedFields(base: string): Field[] {
  return locales.map((lang) => ({
    name: `${base}_${lang}`,
    type: 'text' as const,
    unit: tr('data.unit.text'),
    description: each((l) => useTranslations(l)(`data.field.${base}` as UiKey, { language: languageName(l, lang) })),
  }));
}

function localizedCells(base: string, text: (l: Locale) => string | undefined): Row {
  return Object.fromEntries(locales.map((l) => [`${base}_${l}`, text(l) ?? null]));
}

const countryFields = (): Field[] => [field('country_id', 'id'), field('country_iso', 'code'), ...localizedFields('country_name')];
const countryCells = (c: CountryRecord): Row => ({ country_id: c.id, country_iso: c.iso, ...localizedCells('country_name', (l) => c.name[l]) });

const institutionFields = (): Field[] => [
  field('institution_id', 'id'),
  field('institution_kind', 'id', 'data.unit.kind'),
  field('institution_abbr', 'text'),
  ...localizedFields('institution_name'),
];
const institutionCells = (i: Institution): Row => ({
  institution_id: i.id,
  institution_kind: i.kind,
  institution_abbr: i.abbr ?? null,
  ...localizedCells('institution_name', (l) => i.name[l]),
});

const observationFields = (): Field[] => [
  ...countryFields(),
  ...institutionFields(),
  field('platform', 'id', 'data.unit.platform'),
  field('handle', 'text'),
  field('metric', 'id', 'data.unit.metric'),
  field('value', 'integer', 'data.unit.count'),
  field('qualifier', 'id', 'data.unit.qualifier'),
  field('as_of', 'date'),
  field('as_of_stated', 'boolean'),
  field('source', 'id', 'data.unit.source'),
];

const timelineFields = (): Field[] => [
  ...countryFields(),
  ...institutionFields(),
  field('platform', 'id', 'data.unit.platform'),
  field('handle', 'text'),
  field('created', 'date'),
  field('created_part', 'id', 'data.unit.part'),
  field('created_conflict', 'boolean'),
  field('source', 'id', 'data.unit.source'),
];

function presence(data: AtlasData): Dataset {
  const platformOrder = new Map(data.platforms.map((p, i) => [p.id, i]));
  return {
    id: 'presence',
    title: tr('data.dataset.presence.title'),
    description: tr('data.dataset.presence.description'),
    place: { section: 'compare', anchor: 'table-presence' },
    fields: [
      ...countryFields(),
      ...institutionFields(),
      field('website', 'boolean'),
      field('website_url', 'url'),
      field('blog', 'boolean'),
      field('participation', 'boolean'),
      field('platforms', 'list', 'data.unit.platforms'),
      field('sources', 'list', 'data.unit.sources'),
    ],
    rows: data.countries.flatMap((c) =>
      inKindOrder(c.institutions, data.kinds).map((i) => ({
        ...countryCells(c),
        ...institutionCells(i),
        website: i.website.present,
        website_url: i.website.url ?? null,
        blog: i.blog.present,
        participation: i.participation.present,
        platforms: [...new Set(i.accounts.map((a) => a.platform))].sort((a, b) => (platformOrder.get(a) ?? 99) - (platformOrder.get(b) ?? 99)),
        sources: [...new Set([i.website.source, i.blog.source, i.participation.source, ...i.accounts.map((a) => a.source)])],
      })),
    ),
  };
}

function features(data: AtlasData): Dataset {
  return {
    id: 'features',
    title: tr('data.dataset.features.title'),
    description: tr('data.dataset.features.description'),
    place: { section: 'compare', anchor: 'table-features' },
    fields: [
      ...countryFields(),
      field('feature_id', 'id', 'data.unit.feature'),
      ...localizedFields('feature_label'),
      field('present', 'boolean'),
      field('as_of', 'date'),
      field('as_of_stated', 'boolean', undefined, 'data.field.as_of_stated_table'),
      field('source', 'id', 'data.unit.source'),
    ],
    rows: data.countries.flatMap((c) =>
      data.features.map((f) => ({
        ...countryCells(c),
        feature_id: f.id,
        ...localizedCells('feature_label', (l) => f.label[l]),
        present: c.websiteFeatures.values[f.id] ?? null,
        as_of: c.websiteFeatures.asOf,
        as_of_stated: c.websiteFeatures.asOfStated,
        source: c.websiteFeatures.source,
      })),
    ),
  };
}

/** Every network observation of every country, one row per kind; a country without any has one empty row per kind. */
function network(data: AtlasData): Dataset {
  return {
    id: 'network',
    title: tr('data.dataset.network.title'),
    description: tr('data.dataset.network.description'),
    place: { section: 'compare', anchor: 'table-network' },
    fields: [
      ...countryFields(),
      field('as_of', 'date'),
      field('as_of_stated', 'boolean'),
      field('source', 'id', 'data.unit.source'),
      field('via', 'id', 'data.unit.source'),
      field('series', 'id'),
      field('network_kind', 'id', 'data.unit.networkKind'),
      ...localizedFields('network_kind_label'),
      field('total', 'integer', 'data.unit.representations'),
      field('with_website', 'integer', 'data.unit.representations'),
      field('total_conflict', 'boolean'),
      ...localizedFields('note'),
      field('rank', 'integer', 'data.unit.rank'),
      field('rank_of', 'integer', 'data.unit.countries'),
      ...localizedFields('observation_note'),
    ],
    rows: data.countries.flatMap((c): Row[] => {
      const kindCells = (k: (typeof networkKinds)[number]): Row => ({ network_kind: k.id, ...localizedCells('network_kind_label', (l) => tr(k.label)[l]) });
      const { rows } = countryNetwork(c);
      if (rows.length === 0) {
        return networkKinds.map((k) => ({
          ...countryCells(c),
          as_of: null,
          as_of_stated: null,
          source: null,
          via: null,
          series: null,
          ...kindCells(k),
          total: null,
          with_website: null,
          total_conflict: null,
          ...localizedCells('note', () => undefined),
          rank: null,
          rank_of: null,
          ...localizedCells('observation_note', () => undefined),
        }));
      }
      return rows.flatMap((r) => {
        const o = r.observation;
        return networkKinds.map((k, i) => {
          const cell = r.cells[i]!;
          return {
            ...countryCells(c),
            as_of: o.asOf,
            as_of_stated: o.asOfStated,
            source: o.source,
            via: o.via ?? null,
            series: r.series,
            ...kindCells(k),
            total: cell.total,
            with_website: cell.withWebsite,
            total_conflict: cell.conflict,
            ...localizedCells('note', (l) => cell.note?.[l]),
            rank: o.rank?.position ?? null,
            rank_of: o.rank?.of ?? null,
            ...localizedCells('observation_note', (l) => o.note?.[l]),
          };
        });
      });
    }),
  };
}

function accounts(data: AtlasData): Dataset {
  return {
    id: 'accounts',
    title: tr('data.dataset.accounts.title'),
    description: tr('data.dataset.accounts.description'),
    fields: [
      ...countryFields(),
      ...institutionFields(),
      field('platform', 'id', 'data.unit.platform'),
      field('handle', 'text'),
      field('url', 'url'),
      field('languages', 'list', 'data.unit.languages'),
      field('created', 'list', 'data.unit.dates', 'data.field.created_list'),
      field('created_conflict', 'boolean'),
      field('observations', 'integer', 'data.unit.observations'),
      field('source', 'id', 'data.unit.source'),
    ],
    rows: data.countries.flatMap((c) =>
      c.institutions.flatMap((i) =>
        i.accounts.map((a) => ({
          ...countryCells(c),
          ...institutionCells(i),
          platform: a.platform,
          handle: a.handle ?? null,
          url: a.url ?? null,
          languages: a.language ?? [],
          created: [...a.created].sort((x, y) => decimalYear(x.date, x.part) - decimalYear(y.date, y.part)).map(claimCell),
          created_conflict: claimsConflict(a.created),
          observations: a.observations.length,
          source: a.source,
        })),
      ),
    ),
  };
}

/** A creation claim in a list cell: its date, then its part when the source gives one ("2009 late"). */
function claimCell(claim: Pick<DateClaim, 'date' | 'part'>): string {
  return claim.part ? `${claim.date} ${claim.part}` : claim.date;
}

function observations(data: AtlasData): Dataset {
  return {
    id: 'observations',
    title: tr('data.dataset.observations.title'),
    description: tr('data.dataset.observations.description'),
    fields: observationFields(),
    rows: data.countries.flatMap((c) =>
      c.institutions.flatMap((i) =>
        i.accounts.flatMap((a) =>
          [...a.observations]
            .sort((x, y) => x.metric.localeCompare(y.metric) || decimalYear(x.asOf) - decimalYear(y.asOf))
            .map((o) => ({
              ...countryCells(c),
              ...institutionCells(i),
              platform: a.platform,
              handle: a.handle ?? null,
              metric: o.metric,
              value: o.value,
              qualifier: o.qualifier,
              as_of: o.asOf,
              as_of_stated: o.asOfStated,
              source: o.source,
            })),
        ),
      ),
    ),
  };
}

/** The data of one chart: exactly the rows of its table, "no data" rows included (empty value). */
export function chartDataset(data: AtlasData, spec: ChartSpec, countries: CountryRecord[] = data.countries): Dataset {
  if (spec.kind === 'timeline') {
    return {
      id: spec.id,
      title: tr('chart.title.timeline'),
      description: tr('data.dataset.timeline.description'),
      place: { section: 'compare', anchor: `chart-${spec.id}` },
      fields: timelineFields(),
      rows: timelineRows(countries).flatMap((r) =>
        r.claims.map((claim) => ({
          ...countryCells(r.country),
          ...institutionCells(r.institution),
          platform: r.account.platform,
          handle: r.account.handle ?? null,
          created: claim.date,
          created_part: claim.part ?? null,
          created_conflict: r.conflict,
          source: claim.source,
        })),
      ),
    };
  }
  const title = each((l) => {
    const t = useTranslations(l, { mark: false });
    return t('chart.title.metric', { metric: t(`metricTitle.${spec.metric}`), platform: spec.platform.name });
  });
  return {
    id: spec.id,
    title,
    description: tr('data.dataset.metric.description', { platform: spec.platform.name }),
    place: { section: 'compare', anchor: `chart-${spec.id}` },
    fields: observationFields(),
    rows: metricRows(countries, spec.platform.id, spec.metric).flatMap((r) =>
      (r.observations.length ? r.observations : [undefined]).map((o) => ({
        ...countryCells(r.country),
        ...institutionCells(r.institution),
        platform: r.account.platform,
        handle: r.account.handle ?? null,
        metric: spec.metric,
        value: o?.value ?? null,
        qualifier: o?.qualifier ?? null,
        as_of: o?.asOf ?? null,
        as_of_stated: o?.asOfStated ?? null,
        source: o?.source ?? r.account.source,
      })),
    ),
  };
}

/** Every dataset: the comparison tables, each chart, then the full account and observation lists. */
export function allDatasets(data: AtlasData): Dataset[] {
  return memo(data, 'allDatasets', () => [presence(data), features(data), network(data), ...chartSpecs(data).map((s) => chartDataset(data, s)), accounts(data), observations(data)]);
}

export function findDataset(data: AtlasData, id: string): Dataset | undefined {
  return allDatasets(data).find((d) => d.id === id);
}

/** The latest date anywhere in the content (figures, claims, bibliography, entries): the data release date. */
export function latestContentDate(data: AtlasData, entries: EntrySummary[] = []): string {
  const dates: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'asOf' || k === 'date' || k === 'published' || k === 'updated' || k === 'originalDate') && typeof x === 'string') dates.push(x);
      else walk(x);
    }
  };
  walk(data.countries);
  walk(data.sources);
  walk(entries.map((e) => e.data));
  // ISO partial dates sort as text; within a year the more precise date sorts later.
  return dates.sort().at(-1) ?? '1970';
}

/** Bibliography ids a dataset's rows cite, in order of first use. */
export function datasetSources(d: Dataset): string[] {
  const ids = new Set<string>();
  for (const row of d.rows) {
    for (const name of ['source', 'via', 'sources']) {
      const v = row[name];
      if (typeof v === 'string') ids.add(v);
      else if (Array.isArray(v)) v.forEach((s) => ids.add(s));
    }
  }
  return [...ids];
}

// ---------------------------------------------------------------- serialisation

/**
 * A text a spreadsheet would run as a formula (OWASP, "CSV Injection": first character =, +, -, @,
 * tab or carriage return) starts with an apostrophe in the CSV files, which spreadsheets show as text.
 * Numbers are left as they are; the JSON files keep every text exactly.
 */
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(v: Cell): string {
  const text = v === null ? '' : Array.isArray(v) ? v.join('|') : String(v);
  const s = typeof v !== 'number' && formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$|^'/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV, UTF-8, CRLF line ends; booleans as true/false, lists joined with "|", no data as an
 * empty cell, formula-like texts neutralised (csvCell). No byte-order mark: it would become part of
 * the first column's name in Python's csv, R and most command-line tools.
 */
export function toCsv(fields: { name: string }[], rows: Row[]): string {
  const lines = [fields.map((f) => csvCell(f.name)).join(','), ...rows.map((r) => fields.map((f) => csvCell(r[f.name] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function licenceInfo(meta: DatasetMeta) {
  return { ...licence, attribution: tr('data.licence.attribution', { version: meta.version, date: meta.date }) };
}

function describe(d: Dataset) {
  return { id: d.id, title: d.title, description: d.description, files: { csv: `${d.id}.csv`, json: `${d.id}.json` }, rowCount: d.rows.length, sources: datasetSources(d), fields: d.fields };
}

/** A self-describing JSON download: metadata, codebook and rows. */
export function datasetJson(d: Dataset, meta: DatasetMeta): string {
  return `${JSON.stringify({ ...describe(d), version: meta.version, date: meta.date, licence: licenceInfo(meta), rows: d.rows }, null, 2)}\n`;
}

/** The codebook of every dataset as one CSV: dataset, field, type, then unit and definition per locale. */
export function codebookCsv(datasets: Dataset[]): string {
  const fields = [{ name: 'dataset' }, { name: 'field' }, { name: 'type' }, ...locales.flatMap((l) => [{ name: `unit_${l}` }, { name: `description_${l}` }])];
  const rows = datasets.flatMap((d) =>
    d.fields.map((f) => ({
      dataset: d.id,
      field: f.name,
      type: f.type,
      ...Object.fromEntries(locales.flatMap((l) => [[`unit_${l}`, f.unit[l]], [`description_${l}`, f.description[l]]])),
    })),
  );
  return toCsv(fields, rows);
}

/** Everything in one JSON: every dataset with its codebook, the vocabularies, the bibliography and the country profiles as authored. */
export function bundleJson(data: AtlasData, meta: DatasetMeta): string {
  return memo(data, `bundleJson ${meta.version} ${meta.date}`, () => makeBundleJson(data, meta));
}

function makeBundleJson(data: AtlasData, meta: DatasetMeta): string {
  const datasets = allDatasets(data);
  return `${JSON.stringify(
    {
      title: tr('site.name'),
      version: meta.version,
      date: meta.date,
      licence: licenceInfo(meta),
      datasets: datasets.map((d) => ({ ...describe(d), rows: d.rows })),
      vocabularies: { platforms: data.platforms, features: data.features, institutionKinds: data.kinds },
      sources: data.sources,
      countries: data.countries,
    },
    null,
    2,
  )}\n`;
}

/** A plain-text README for the zip, in every locale. */
export function bundleReadme(data: AtlasData, meta: DatasetMeta): string {
  const datasets = allDatasets(data);
  return `${locales
    .map((l) => {
      const t = useTranslations(l, { mark: false });
      return [
        `${t('site.name')} — ${t('data.page.title')}`,
        `${t('data.page.version')}: ${meta.version} · ${t('data.page.date')}: ${meta.date}`,
        `${t('data.page.licence')}: ${licence.name} (${licence.id}) ${licence.url}`,
        t('data.licence.attribution', { version: meta.version, date: meta.date }),
        '',
        t('data.readme.files'),
        ...datasets.map((d) => `  ${d.id}.csv  ${plainIn(d.title, l)} (${t('data.page.rows', { count: d.rows.length })})`),
        `  ${bundleFiles.codebook}  ${t('data.page.codebook')}`,
        `  ${bundleFiles.json}  ${t('data.readme.bundleJson')}`,
        '',
        t('data.readme.format'),
      ].join('\r\n');
    })
    .join('\r\n\r\n')}\r\n`;
}

/** The files of the zip download, in a fixed order. */
export function bundleEntries(data: AtlasData, meta: DatasetMeta): { name: string; content: string }[] {
  return memo(data, `bundleEntries ${meta.version} ${meta.date}`, () => makeBundleEntries(data, meta));
}

function makeBundleEntries(data: AtlasData, meta: DatasetMeta): { name: string; content: string }[] {
  const datasets = allDatasets(data);
  return [
    { name: 'README.txt', content: bundleReadme(data, meta) },
    { name: bundleFiles.codebook, content: codebookCsv(datasets) },
    ...datasets.map((d) => ({ name: `${d.id}.csv`, content: toCsv(d.fields, d.rows) })),
    { name: bundleFiles.json, content: bundleJson(data, meta) },
  ];
}

/**
 * Every download by file name (`presence.csv`, ..., the codebook, the bundle, the zip), made once per
 * atlas and release: the download endpoint serves these bodies and the data page prints their sizes.
 */
export function downloads(data: AtlasData, meta: DatasetMeta): Map<string, string | Uint8Array> {
  return memo(data, `downloads ${meta.version} ${meta.date}`, () => {
    const datasets = allDatasets(data);
    return new Map<string, string | Uint8Array>([
      ...datasets.flatMap((d) => [[`${d.id}.csv`, toCsv(d.fields, d.rows)] as const, [`${d.id}.json`, datasetJson(d, meta)] as const]),
      [bundleFiles.codebook, codebookCsv(datasets)],
      [bundleFiles.json, bundleJson(data, meta)],
      [bundleFiles.zip, createZip(bundleEntries(data, meta), meta.date)],
    ]);
  });
}
