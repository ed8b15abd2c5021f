/** Headline findings (src/lib/findings.ts) on the fictional fixture: the figure comes from the data, never from the text. */
import { describe, expect, it } from 'vitest';
import { findingFigure, findingText, findingTextProblem } from '../../src/lib/findings.ts';
import type { Finding } from '../../src/schemas/vocabularies.ts';
import { loadAtlasFromFiles } from '../support/content.ts';

const { countries } = loadAtlasFromFiles();
const finding = (figure: Partial<Finding['figure']>, text = { es: '{value} seguidores ({date})', en: '{value} followers ({date})' }): Finding => ({
  id: 'test',
  on: ['home'],
  text,
  figure: { country: 'xr', institution: 'mae', platform: 'twitter', handle: '@MAE_Ruritania', metric: 'followers', ...figure },
});

describe('a finding', () => {
  it("takes the latest figure of the account it names (MAE's Twitter: 123,456 in 2020, 234,567 in 2024)", () => {
    const figure = findingFigure(finding({}), countries);
    expect(figure).toMatchObject({ observation: { value: 234567, asOf: '2024-05', source: 'fixture-count-2024' } });
    if (!('observation' in figure)) throw new Error('no figure');
    expect(findingText(finding({}), figure.observation, 'en')).toBe('234,567 followers (May 2024)');
    expect(findingText(finding({}), figure.observation, 'es')).toBe('234.567 seguidores (mayo de 2024)');
  });

  it("keeps the source's wording of a figure (PROMO: about 45,000)", () => {
    const f = finding({ institution: 'promo', handle: undefined });
    const figure = findingFigure(f, countries);
    if (!('observation' in figure)) throw new Error('no figure');
    expect(findingText(f, figure.observation, 'en')).toBe('about 45,000 followers (March 2020)');
  });

  it.each([
    [{ country: 'zz' }, 'no country "zz"'],
    [{ institution: 'nope' }, 'no institution "nope"'],
    [{ handle: undefined }, 'mae has 2 twitter accounts: name one with handle'],
    [{ metric: 'views' as const }, 'has no "views" figure'],
    [{ platform: 'flickr' }, 'has no flickr account'],
  ])('whose figure is not in the data says why (%o)', (figure, problem) => {
    expect(findingFigure(finding(figure), countries)).toEqual({ problem: expect.stringContaining(problem) });
  });

  it('must leave the number to the data: {value} in the text, no digits of its own', () => {
    expect(findingTextProblem('{value} followers ({date})')).toBeUndefined();
    expect(findingTextProblem('870,000 followers')).toContain('no {value}');
    expect(findingTextProblem('{value} followers since 2009')).toContain('a number of its own');
  });
});
