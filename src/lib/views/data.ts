/** The open-data page: every download with its size, the codes used in the tables, the sources. */
import type { Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { localePath } from '../../i18n/routes.ts';
import { metrics, parts, qualifiers } from '../../schemas/country.ts';
import type { Source } from '../../schemas/vocabularies.ts';
import { allDatasets, bundleFiles, datasetFiles, datasetMeta, datasetSources, downloads, type Dataset, type DatasetMeta } from '../datasets.ts';
import { networkKinds } from '../network.ts';
import { formatBytes } from '../format.ts';
import type { AtlasData, EntrySummary } from '../model.ts';

export interface DataViewDataset {
  dataset: Dataset;
  /** Download addresses (with the base path). */
  files: { csv: string; json: string };
  /** Download sizes, formatted in the page's locale. */
  size: { csv: string; json: string };
  /** Where on the site the dataset is shown, if it is. */
  shownIn?: { href: string; section: 'compare' | 'countries' };
}

export interface DataView {
  meta: DatasetMeta;
  /** Sizes of the zip, the bundle JSON and the codebook, formatted. */
  size: { zip: string; json: string; codebook: string };
  datasets: DataViewDataset[];
  /** The coded values of the tables' columns, with their meaning in the page's locale. */
  codes: { column: string; value: string; meaning: string }[];
  /** Every source a dataset cites, in order of first use. */
  sources: Source[];
}

/** Sizes come from the downloads themselves, made once per build for both languages and the endpoint. */
export function dataView(data: AtlasData, entries: EntrySummary[], locale: Locale): DataView {
  const t = useTranslations(locale);
  const meta = datasetMeta(data, entries);
  const files = downloads(data, meta);
  const size = (name: string) => {
    const body = files.get(name)!;
    return formatBytes(locale, typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength);
  };
  const datasets = allDatasets(data);
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  return {
    meta,
    size: { zip: size(bundleFiles.zip), json: size(bundleFiles.json), codebook: size(bundleFiles.codebook) },
    datasets: datasets.map((d) => ({
      dataset: d,
      files: datasetFiles(d.id),
      size: { csv: size(`${d.id}.csv`), json: size(`${d.id}.json`) },
      ...(d.place && {
        shownIn: { section: d.place.section, href: d.place.section === 'compare' ? `${localePath(locale, 'compare')}#${d.place.anchor}` : localePath(locale, 'countries') },
      }),
    })),
    codes: [
      ...metrics.map((m) => ({ column: 'metric', value: m, meaning: t(`metricTitle.${m}`) })),
      ...qualifiers.map((q) => ({ column: 'qualifier', value: q, meaning: t(`data.code.qualifier.${q}`) })),
      ...parts.map((p) => ({ column: 'created_part', value: p, meaning: t(`data.code.part.${p}`) })),
      ...networkKinds.map((k) => ({ column: 'network_kind', value: k.id, meaning: t(k.label) })),
    ],
    sources: [...new Set(datasets.flatMap(datasetSources))].flatMap((id) => sourceById.get(id) ?? []),
  };
}
