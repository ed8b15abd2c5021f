/**
 * Open-data downloads at stable, language-neutral addresses: `/data/<dataset>.csv|json`, the
 * codebook, everything in one JSON, and a zip of all of it. Written at build time.
 */
import type { APIRoute } from 'astro';
import { loadAtlas, loadEntries } from '../../lib/atlas';
import { allDatasets, bundleEntries, bundleFiles, bundleJson, codebookCsv, datasetJson, datasetMeta, toCsv } from '../../lib/datasets';
import { createZip } from '../../lib/zip';

export async function getStaticPaths() {
  const data = await loadAtlas();
  const names = [...allDatasets(data).flatMap((d) => [`${d.id}.csv`, `${d.id}.json`]), bundleFiles.codebook, bundleFiles.json, bundleFiles.zip];
  return names.map((file) => ({ params: { file } }));
}

const types: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', zip: 'application/zip' };

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const data = await loadAtlas();
  const meta = datasetMeta(data, await loadEntries());
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const id = file.slice(0, file.lastIndexOf('.'));
  const dataset = allDatasets(data).find((d) => d.id === id);
  const body =
    file === bundleFiles.zip
      ? createZip(bundleEntries(data, meta), meta.date)
      : file === bundleFiles.json
        ? bundleJson(data, meta)
        : file === bundleFiles.codebook
          ? codebookCsv(allDatasets(data))
          : dataset && ext === 'csv'
            ? toCsv(dataset.fields, dataset.rows)
            : dataset && ext === 'json'
              ? datasetJson(dataset, meta)
              : undefined;
  if (body === undefined) throw new Error(`src/pages/data/[file].ts: no download named "${file}"`);
  return new Response(typeof body === 'string' ? body : (body.buffer as ArrayBuffer), { headers: { 'Content-Type': types[ext] ?? 'application/octet-stream' } });
};
