/**
 * Writes the fixture site's "bulk" countries (content/countries/x[bgkle].yaml): five fictional
 * countries whose ministries run 13 Twitter accounts each, so that with Ruritania the atlas holds more
 * than 60 accounts and the comparison charts show one row per country. Run by hand after editing:
 * `node tests/fixture-site/bulk.ts`; the output is committed, tests never run this.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const countries = [
  ['xb', 'XB', 'Borduria', 'Borduria', { lat: 45, lon: 20 }],
  ['xg', 'XG', 'Genovia', 'Genovia', { lat: 43.7, lon: 7.4 }],
  ['xk', 'XK', 'Kravia', 'Kravia', { lat: 30, lon: 70 }],
  ['xl', 'XL', 'Latveria', 'Latveria', { lat: 46, lon: 24 }],
  ['xe', 'XE', 'Elbonia', 'Elbonia', { lat: 60, lon: 90 }],
] as const;

countries.forEach(([id, iso, es, en, point], c) => {
  const accounts = Array.from({ length: 13 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return [
      `      - platform: twitter`,
      `        handle: "@${en}Emb${n}"`,
      `        source: ficticia-2020`,
      `        created:`,
      `          - { date: ${2010 + (i % 9)}-${String((c % 12) + 1).padStart(2, '0')}, source: ficticia-2020 }`,
      `        observations:`,
      `          - { metric: followers, value: ${(c + 1) * 1000 + i * 10}, asOf: 2020-03, source: ficticia-2020 }`,
    ].join('\n');
  });
  const yaml = `# TEST FIXTURE, written by tests/fixture-site/bulk.ts: ${en} is fictional, and so are its figures.
iso: ${iso}
name: { es: ${es}, en: ${en} }
summary:
  es: País ficticio de prueba con muchas cuentas de embajadas.
  en: A fictional test country with many embassy accounts.
foreignMinistry: mfa
institutions:
  - id: mfa
    kind: foreign-ministry
    name: { es: Ministerio de Exteriores de ${es}, en: ${en} Foreign Ministry }
    website: { present: true, source: ficticia-2020 }
    blog: { present: false, source: ficticia-2020 }
    participation: { present: false, source: ficticia-2020 }
    accounts:
${accounts.join('\n')}
websiteFeatures:
  source: ficticia-2020
  asOf: 2020-03
  values:
    mission-list: true
    consular-help: ${c % 2 === 0}
    ministry-blog: false
    user-survey: false
network:
  - source: ficticia-2020
    asOf: 2020-03
    embassies: { total: ${10 + c}, withWebsite: ${5 + c} }
    consulates: { total: ${4 + c}, withWebsite: null }
    multilateral: { total: 1, withWebsite: 1 }
    otherOffices: { total: 0, withWebsite: 0 }
# A fictional code: the world map needs the point for its dot.
mapPoint: { lat: ${point.lat}, lon: ${point.lon} }
`;
  writeFileSync(join(import.meta.dirname, 'content', 'countries', `${id}.yaml`), yaml);
});
