/** Every page passes here once as it is built: untranslated text gets its `lang` (src/lib/localized.ts). */
import { defineMiddleware } from 'astro:middleware';
import { resolveFallbackMarks, stripFallbackMarks } from './lib/localized.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  // Binary files (the data zip, images) never hold marks; text is read only when it may.
  if (!/^(text\/|application\/(json|xml|rss\+xml))/.test(type)) return response;
  const body = await response.text();
  const text = type.startsWith('text/html') ? resolveFallbackMarks(body) : stripFallbackMarks(body);
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
});
