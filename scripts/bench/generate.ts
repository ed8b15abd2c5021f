/**
 * Synthetic content for the scale benchmark: the real content plus generated countries (five
 * institutions of five accounts each, with figures, creation dates, website features, network and
 * policy notes) and articles and interviews in every language, all valid against the real schemas.
 * Deterministic (seeded), written to a folder outside the repository; nothing here is committed.
 *
 *   node scripts/bench/generate.ts <out-dir> [--countries 200] [--articles 1000] [--interviews 20]
 *
 * writes <out-dir>/content/ and prints what it wrote.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { mapProblem } from '../../src/lib/map.ts';

export interface GenerateOptions {
  /** Countries in all, the real ones included. */
  countries: number;
  /** Generated articles per language (added to the real ones). */
  articles: number;
  /** Generated interviews per language. */
  interviews: number;
  /** Seed of the pseudo-random generator. */
  seed?: number;
}

export interface Generated {
  contentDir: string;
  countries: number;
  institutions: number;
  accounts: number;
  /** Entries per language, real ones included. */
  articles: number;
  interviews: number;
}

export const DEFAULTS: GenerateOptions = { countries: 200, articles: 1000, interviews: 20 };

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const locales = ['es', 'en'] as const;
type Loc = (typeof locales)[number];

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof random>;

const syllables = ['ba', 'ko', 'ri', 'ta', 'len', 'mar', 'su', 'vi', 'do', 'ne', 'ga', 'lor', 'pa', 'zu', 'me', 'tan', 'ku', 'ro', 'sel', 'di'];
const words: Record<Loc, string[]> = {
  es: 'la diplomacia pública digital de cada cancillería combina presencia agenda e interacción en redes sociales con una estrategia de comunicación que informa a los ciudadanos y a los públicos extranjeros sobre política exterior servicios consulares cooperación comercio cultura y educación mientras las embajadas publican noticias responden preguntas y miden su alcance'.split(' '),
  en: 'the digital public diplomacy of each foreign ministry combines presence agenda and interaction on social media with a communication strategy that informs citizens and foreign publics about foreign policy consular services cooperation trade culture and education while embassies publish news answer questions and measure their reach'.split(' '),
};
const headings: Record<Loc, string[]> = {
  es: ['Contexto', 'Presencia digital', 'Agenda', 'Interacción', 'Comparación', 'Conclusiones', 'Método', 'Fuentes y datos'],
  en: ['Background', 'Digital presence', 'Agenda', 'Interaction', 'Comparison', 'Conclusions', 'Method', 'Sources and data'],
};

function sentence(rng: Rng, locale: Loc, min = 8, max = 22): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(words[locale]));
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
function paragraph(rng: Rng, locale: Loc): string {
  return Array.from({ length: rng.int(3, 6) }, () => sentence(rng, locale)).join(' ');
}
function name(rng: Rng): string {
  const n = Array.from({ length: rng.int(2, 3) }, () => rng.pick(syllables)).join('');
  return `${n[0]!.toUpperCase()}${n.slice(1)}`;
}
function month(rng: Rng, from: number, to: number): string {
  return `${rng.int(from, to)}-${String(rng.int(1, 12)).padStart(2, '0')}`;
}
function day(rng: Rng, from: number, to: number): string {
  return `${month(rng, from, to)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

const kinds = [
  { kind: 'government', id: 'gov', es: 'Gobierno de', en: 'Government of' },
  { kind: 'foreign-ministry', id: 'mfa', es: 'Ministerio de Relaciones Exteriores de', en: 'Ministry of Foreign Affairs of' },
  { kind: 'trade-promotion', id: 'trade', es: 'Agencia de Promoción Comercial de', en: 'Trade Promotion Agency of' },
  { kind: 'cooperation-agency', id: 'coop', es: 'Agencia de Cooperación de', en: 'Cooperation Agency of' },
  { kind: 'diplomatic-academy', id: 'academy', es: 'Academia Diplomática de', en: 'Diplomatic Academy of' },
];
/** Five accounts per institution: four common platforms and one that differs by institution. */
const extraPlatform = ['flickr', 'linkedin', 'telegram', 'periscope', 'weibo'];

function country(rng: Rng, id: string, iso: string, countryName: string, featureIds: string[]) {
  const src = 'benayas-2021';
  const institutions = kinds.map((k, ki) => ({
    id: k.id,
    kind: k.kind,
    name: { es: `${k.es} ${countryName}`, en: `${k.en} ${countryName}` },
    abbr: `${k.id.toUpperCase()}-${iso}`,
    website: { present: true, url: `https://${id}.example.org/${k.id}/`, source: src },
    blog: { present: rng.chance(0.3), source: src },
    participation: { present: rng.chance(0.2), source: src },
    accounts: ['twitter', 'facebook', 'youtube', 'instagram', extraPlatform[ki]!].map((platform) => {
      const handle = `@${id}_${k.id}`;
      const metric = platform === 'youtube' ? 'views' : 'followers';
      const observations = [{ metric, value: rng.int(200, 2_000_000), asOf: '2019-02', source: src }];
      if (platform === 'twitter') observations.push({ metric: 'posts', value: rng.int(100, 60_000), asOf: '2019-02', source: src });
      // "Then and now": some accounts have a later reading of the same metric.
      if (rng.chance(0.15)) observations.push({ metric, value: rng.int(200, 3_000_000), asOf: month(rng, 2022, 2025), source: src });
      return {
        platform,
        handle,
        url: `https://${platform}.example.org/${id}-${k.id}`,
        language: [rng.pick(['es', 'en', 'fr', 'pt', 'ar'])],
        source: src,
        created: [{ date: month(rng, 2008, 2018), source: src }],
        observations,
      };
    }),
  }));
  const count = (max: number) => {
    const total = rng.int(0, max);
    return { total, withWebsite: rng.chance(0.2) ? null : rng.int(0, total) };
  };
  return {
    iso,
    name: { es: countryName, en: countryName },
    summary: { es: paragraph(rng, 'es'), en: paragraph(rng, 'en') },
    foreignMinistry: 'mfa',
    institutions,
    websiteFeatures: { values: Object.fromEntries(featureIds.map((f) => [f, rng.chance(0.6)])), source: src, asOf: '2019-02' },
    network: [{ source: src, asOf: '2019-02', embassies: count(120), consulates: count(80), multilateral: count(15), otherOffices: count(20) }],
    policy: [
      { date: month(rng, 2010, 2018), text: { es: sentence(rng, 'es'), en: sentence(rng, 'en') }, source: src },
      { date: String(rng.int(2010, 2018)), part: 'late', text: { es: sentence(rng, 'es'), en: sentence(rng, 'en') }, source: src },
    ],
  };
}

/** Frontmatter as YAML between `---` lines (dates quoted: YAML would turn them into timestamps). */
function mdx(front: Record<string, unknown>, body: string): string {
  return `---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

function entryBody(rng: Rng, locale: Loc, countryIds: string[]): string {
  const parts: string[] = [paragraph(rng, locale)];
  const sections = rng.int(3, 5);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${headings[locale][(s + rng.int(0, 3)) % headings[locale].length]} ${s + 1}`);
    parts.push(paragraph(rng, locale), paragraph(rng, locale));
    if (rng.chance(0.3)) parts.push(Array.from({ length: rng.int(2, 4) }, () => `- ${sentence(rng, locale, 4, 9)}`).join('\n'));
  }
  if (countryIds.length && rng.chance(0.1)) parts.push(`<CountryCard country="${countryIds[0]}" />`);
  if (rng.chance(0.1)) parts.push(`<PullQuote source="benayas-2021" attribution="Benayas">${sentence(rng, 'es')}</PullQuote>`);
  parts.push(`${sentence(rng, locale)} [${locale === 'es' ? 'Más información' : 'More'}](https://example.org/${rng.int(1, 9999)}).`);
  return parts.join('\n\n');
}

/** Writes `<outDir>/content` (replacing it) from the real content in `realContent` plus generated files. */
export function generate(outDir: string, options: GenerateOptions = DEFAULTS, realContent = join(repoRoot, 'content')): Generated {
  const rng = random(options.seed ?? 20190201);
  const contentDir = join(resolve(outDir), 'content');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  // The real content stays: vocabularies, bibliography, Mexico, Chile and the real entries.
  cpSync(realContent, contentDir, { recursive: true });

  const vocabulary = (name: string) => (existsSync(join(contentDir, name)) ? (parse(readFileSync(join(contentDir, name), 'utf8')) as { id: string }[]).map((f) => f.id) : []);
  const featureIds = vocabulary('features.yaml');
  // Entries may only use the tags the vocabulary defines.
  const tags = vocabulary('tags.yaml');
  const realIds = listIds(join(contentDir, 'countries'));
  const usedIso = new Set(realIds.map((id) => id.toUpperCase()));
  const countryIds: string[] = [];
  // Real codes the world map can place first, so that the maps are weighed with real shapes and dots;
  // past them, made-up codes with a made-up point for their dot.
  const realCodes = (isoCodes as string[][]).map(([alpha2]) => alpha2!).filter((code) => !mapProblem(code)).sort();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let isoIndex = 0;
  const toGenerate = Math.max(0, options.countries - realIds.length);
  for (let i = 1; i <= toGenerate; i++) {
    let iso: string | undefined;
    while ((iso = realCodes.shift()) && usedIso.has(iso));
    if (!iso) {
      do iso = `${letters[Math.floor(isoIndex / 26) % 26]}${letters[isoIndex++ % 26]}`;
      while (usedIso.has(iso));
    }
    usedIso.add(iso);
    const id = `bench-${String(i).padStart(3, '0')}`;
    countryIds.push(id);
    const c: Record<string, unknown> = country(rng, id, iso, `${name(rng)} ${iso}`, featureIds);
    if (mapProblem(iso)) c.mapPoint = { lat: rng.int(-50, 70), lon: rng.int(-170, 170) };
    writeFileSync(join(contentDir, 'countries', `${id}.yaml`), `# Synthetic country for the scale benchmark.\n${stringify(c, { lineWidth: 0 })}`);
  }
  const allCountries = [...realIds, ...countryIds];

  const entry = (kind: 'articles' | 'interviews', n: number) => {
    for (let i = 1; i <= n; i++) {
      const slug = `bench-${kind === 'articles' ? 'article' : 'interview'}-${String(i).padStart(4, '0')}`;
      const published = day(rng, 2012, 2025);
      const concerns = Array.from(new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(allCountries))));
      const entryTags = tags.length ? Array.from(new Set(Array.from({ length: rng.int(1, 4) }, () => rng.pick(tags)))) : [];
      const body = entryBody(rng, 'es', concerns);
      for (const locale of locales) {
        const front: Record<string, unknown> = {
          title: `${sentence(rng, locale, 4, 9).slice(0, -1)} ${i}`,
          summary: sentence(rng, locale, 14, 28),
          published,
          authors: [`${name(rng)}, ${name(rng)}`],
          tags: entryTags,
          countries: concerns,
          sources: ['benayas-2021'],
        };
        if (kind === 'interviews') {
          Object.assign(front, {
            interviewee: `${name(rng)} ${name(rng)}`,
            intervieweeRole: sentence(rng, locale, 3, 6).slice(0, -1),
            interviewer: `${name(rng)} ${name(rng)}`,
            originalPublication: `${name(rng)} Review`,
            originalUrl: `https://example.org/interviews/${slug}`,
            originalDate: published,
          });
        }
        const text = locale === 'es' ? body : entryBody(rng, locale, concerns);
        mkdirSync(join(contentDir, kind, locale), { recursive: true });
        writeFileSync(join(contentDir, kind, locale, `${slug}.mdx`), mdx(front, text));
      }
    }
  };
  entry('articles', options.articles);
  entry('interviews', options.interviews);

  const perLocale = (kind: string) => listIds(join(contentDir, kind, 'es'), '.mdx').length;
  return {
    contentDir,
    countries: allCountries.length,
    institutions: allCountries.reduce((n, id) => n + (parse(readFileSync(join(contentDir, 'countries', `${id}.yaml`), 'utf8')) as { institutions: unknown[] }).institutions.length, 0),
    accounts: allCountries.reduce(
      (n, id) => n + (parse(readFileSync(join(contentDir, 'countries', `${id}.yaml`), 'utf8')) as { institutions: { accounts?: unknown[] }[] }).institutions.reduce((m, inst) => m + (inst.accounts?.length ?? 0), 0),
      0,
    ),
    articles: perLocale('articles'),
    interviews: perLocale('interviews'),
  };
}

function listIds(dir: string, ext = '.yaml'): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** `--name value` options of the command line. */
export function cliOptions(argv: string[]): GenerateOptions {
  const get = (flag: string, fallback: number) => {
    const i = argv.indexOf(`--${flag}`);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${flag}: expected a whole number, got ${argv[i + 1]}`);
    return value;
  };
  return { countries: get('countries', DEFAULTS.countries), articles: get('articles', DEFAULTS.articles), interviews: get('interviews', DEFAULTS.interviews) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out || out.startsWith('--')) {
    console.error('usage: node scripts/bench/generate.ts <out-dir> [--countries 200] [--articles 1000] [--interviews 20]');
    process.exit(2);
  }
  const g = generate(out, cliOptions(process.argv.slice(3)));
  console.log(`Wrote ${g.contentDir}: ${g.countries} countries, ${g.institutions} institutions, ${g.accounts} accounts; per language ${g.articles} articles, ${g.interviews} interviews.`);
}
