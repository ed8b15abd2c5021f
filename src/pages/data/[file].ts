/**
 * Open-data downloads at stable, language-neutral addresses: `/data/<dataset>.csv|json`, the
 * codebook, everything in one JSON, and a zip of all of it. Written at build time.
 */
import type { APIRoute } from 'astro';
import { loadAtlas, loadEntries } from '../../lib/atlas';
import { datasetMeta, downloads } from '../../lib/datasets';

async function files() {
  const data = await loadAtlas();
  return downloads(data, datasetMeta(data, await loadEntries()));
}

export async function getStaticPaths() {
  return [...(await files()).keys()].map((file) => ({ params: { file } }));
}

const types: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', zip: 'application/zip' };

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const body = (await files()).get(file);
  if (body === undefined) throw new Error(`src/pages/data/[file].ts: no download named "${file}"`);
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return new Response(typeof body === 'string' ? body : (body.buffer as ArrayBuffer), { headers: { 'Content-Type': types[ext] ?? 'application/octet-stream' } });
};
