/**
 * Headline findings (content/findings.yaml): each names one figure in the data, and its text takes
 * the number and the date from there. Pure: the content check, the pages and the tests share it.
 */
import type { Locale } from '../i18n/config.ts';
import type { Observation } from '../schemas/country.ts';
import type { Finding } from '../schemas/vocabularies.ts';
import { latestObservations } from './directory.ts';
import { formatCount, formatPartialDate } from './format.ts';
import type { CountryRecord } from './model.ts';
import { inLocale } from './localized.ts';

/** The figure a finding names: its latest observation of the metric, or why there is none. */
export function findingFigure(finding: Finding, countries: CountryRecord[]): { observation: Observation } | { problem: string } {
  const { country: countryId, institution: institutionId, platform, handle, metric } = finding.figure;
  const country = countries.find((c) => c.id === countryId);
  if (!country) return { problem: `no country "${countryId}" in content/countries/` };
  const institution = country.institutions.find((i) => i.id === institutionId);
  if (!institution) return { problem: `no institution "${institutionId}" in content/countries/${countryId}.yaml` };
  const accounts = institution.accounts.filter((a) => a.platform === platform && (handle === undefined || a.handle === handle));
  if (accounts.length === 0) return { problem: `${institutionId} has no ${platform} account${handle ? ` "${handle}"` : ''}` };
  if (accounts.length > 1) return { problem: `${institutionId} has ${accounts.length} ${platform} accounts: name one with handle (${accounts.map((a) => a.handle ?? 'no handle').join(', ')})` };
  const latest = latestObservations(accounts[0]!.observations).find((o) => o.metric === metric);
  return latest ? { observation: latest } : { problem: `the ${platform} account of ${institutionId} has no "${metric}" figure` };
}

/** Why a finding's text cannot carry its figure: no `{value}`, or a number typed by hand. */
export function findingTextProblem(text: string): string | undefined {
  if (!text.includes('{value}')) return 'the text has no {value}, where the figure goes';
  if (/\d/.test(text.replace(/\{(value|date)\}/g, ''))) return 'the text has a number of its own: numbers and dates come from the figure, as {value} and {date}';
  return undefined;
}

/** The finding's text in a locale, with the figure's number and date. */
export function findingText(finding: Finding, observation: Observation, locale: Locale): string {
  return inLocale(finding.text, locale).replace('{value}', formatCount(locale, observation.value, observation.qualifier)).replace('{date}', formatPartialDate(locale, observation.asOf));
}
