/** Untranslated text: the fallback to the source language, and its `lang` marks in the built HTML. */
import { describe, expect, it } from 'vitest';
import { inLocale, markFallback, plainIn, resolveFallbackMarks, stripFallbackMarks } from '../../src/lib/localized.ts';
import { missingTexts } from '../../src/lib/translation-status.ts';

describe('localized fields', () => {
  it('give the page language its own text, and the source text, marked, where it lacks one', () => {
    expect(inLocale({ es: 'México', en: 'Mexico' }, 'en')).toBe('Mexico');
    expect(inLocale({ es: 'México' }, 'en')).toBe(markFallback('México', 'es'));
    expect(stripFallbackMarks(inLocale({ es: 'México' }, 'en'))).toBe('México');
    expect(plainIn({ es: 'México' }, 'en')).toBe('México');
  });
});

describe('fallback marks in a page', () => {
  const es = (text: string) => markFallback(text, 'es');
  it('become spans with lang in text, nested ones too', () => {
    expect(resolveFallbackMarks(`<p>${es('Hola')} world</p>`)).toBe('<p><span lang="es">Hola</span> world</p>');
    expect(resolveFallbackMarks(`<p>${es(`Ver ${es('México')}`)}</p>`)).toBe('<p><span lang="es">Ver <span lang="es">México</span></span></p>');
  });
  it('are dropped where no element may go: attributes, title, options, scripts', () => {
    const html = `<html><head><title>${es('Atlas')}</title></head><body><a aria-label="${es('Menú')}" href="/">x</a><select><option>${es('Todos')}</option></select><script type="application/json">{"a":"${es('b')}"}</script></body></html>`;
    expect(resolveFallbackMarks(html)).toBe('<html><head><title>Atlas</title></head><body><a aria-label="Menú" href="/">x</a><select><option>Todos</option></select><script type="application/json">{"a":"b"}</script></body></html>');
  });
  it('leave a page without marks as it is', () => {
    const html = '<p>Plain</p>';
    expect(resolveFallbackMarks(html)).toBe(html);
  });
});

describe('translation status', () => {
  it('counts the texts a language lacks in a content file', () => {
    const data = { name: { es: 'Ruritania', en: 'Ruritania' }, institutions: [{ name: { es: 'Ministerio' } }, { note: { es: 'Nota', en: 'Note' } }], iso: 'XR' };
    expect(missingTexts(data, 'en')).toBe(1);
    expect(missingTexts(data, 'es')).toBe(0);
  });
});
