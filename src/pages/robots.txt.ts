/**
 * robots.txt with the sitemap's absolute URL for this deployment (site + base). Crawlers read it
 * only at the root of a host: on a sub-path deployment (a GitHub Pages project site) it is served
 * but ignored, and the sitemap is found through Search Console or the pages' own links instead.
 */
import type { APIRoute } from 'astro';
import { basePath } from '../i18n/routes';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${basePath}sitemap-index.xml`, site);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
