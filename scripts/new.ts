/**
 * `npm run new -- <kind> ...`: scaffolds content that passes `npm run check` as created.
 *
 *   npm run new -- country <id> --name-es <name> --name-en <name> --source <source-id> [--iso XX]
 *   npm run new -- article <slug> [--title-es ...] [--title-en ...] [--country mx,cl] [--source id,...]
 *                              [--author "Family, Given"] [--tag a,b] [--note] [--only es]
 *   npm run new -- interview <slug> [the article options] [--interviewee ...] [--role-es ...] [--role-en ...]
 *                              [--interviewer ...] [--publication ...] [--original-url https://...]
 *   npm run new -- source <id> --title <title> [--type article] [--author "Family, Given"] [--date 2021]
 *                              [--url https://...] [--container ...] [--language es]
 *   npm run new -- locale <code> --name <name in that language> [--intl pt-BR] [--dir rtl]
 *
 * Values only the author can give are written as valid placeholders marked `TODO`; `npm run check`
 * lists every TODO line as a warning (not an error) until it is replaced, and `--strict` fails on them.
 * Existing files are never overwritten.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { defaultLocale, localesFile, locales, parseLocales, type Locale } from '../src/i18n/config.ts';
import { dictionaryFile } from '../src/i18n/ui.ts';
import { es as sourceDictionary } from '../src/i18n/ui/es.ts';
import { writeFrontmatter } from '../src/lib/frontmatter.ts';
import { mdxComponentNames } from '../src/lib/mdx.ts';
import { mapProblem } from '../src/lib/map.ts';
import { translationStatus } from '../src/lib/translation-status.ts';

export class UsageError extends Error {}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Dates are compared in UTC by the check; a scaffold dated "today" must never look like the future. */
const today = () => new Date().toISOString().slice(0, 10);
const q = (s: string) => JSON.stringify(s);
const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

const components = mdxComponentNames.map((n) => `\`<${n}>\``).join(', ');

/** Words per locale for placeholders and body text. A new locale falls back to English until added here. */
const words: Record<string, Record<string, string>> = {
  es: {
    title: 'TODO: título',
    summary: 'TODO: una o dos frases que resuman la entrada',
    author: 'TODO: Apellido, Nombre',
    role: 'TODO: cargo de la persona entrevistada en la época de la entrevista',
    countrySummary: 'TODO: un párrafo de perfil, con nuestras propias palabras',
    ministry: 'TODO: nombre oficial del ministerio',
    body: `TODO: escribe aquí el texto en Markdown. Los componentes que puedes usar (${components}) se explican en docs/authors-guide.es.md.`,
    heading: 'TODO: primer apartado',
    policyExample: 'Qué dice la política, con nuestras palabras.',
  },
  en: {
    title: 'TODO: title',
    summary: 'TODO: one or two sentences that sum up the entry',
    author: 'TODO: Family, Given',
    role: "TODO: the interviewee's role at the time of the interview",
    countrySummary: 'TODO: a profile paragraph, in our own words',
    ministry: 'TODO: official name of the ministry',
    body: `TODO: write the text here in Markdown. The components you can use (${components}) are explained in docs/authors-guide.en.md.`,
    heading: 'TODO: first section',
    policyExample: 'What the policy says, in our own words.',
  },
};
const w = (locale: string, key: string) => words[locale]?.[key] ?? words.en![key]!;

function readIds(contentDir: string, file: string): string[] {
  const path = join(contentDir, file);
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as { id?: unknown }[] | null;
  return Array.isArray(data) ? data.map((d) => String(d?.id)) : [];
}

function countryIds(contentDir: string): string[] {
  const dir = join(contentDir, 'countries');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
}

function requireKnown(values: string[], known: string[], what: string, where: string) {
  const unknown = values.filter((v) => !known.includes(v));
  if (unknown.length) throw new UsageError(`unknown ${what} ${unknown.map(q).join(', ')}: use an id from ${where} (${known.join(', ') || 'none yet'})`);
}

function writeNew(path: string, text: string): void {
  if (existsSync(path)) throw new UsageError(`${path} already exists: nothing was written`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// ---------------------------------------------------------------------------------------------

export interface CountryOptions {
  id: string;
  names: Record<string, string>;
  source: string;
  iso?: string;
}

/** `content/countries/<id>.yaml`, with a comment on every field. */
export function scaffoldCountry(contentDir: string, o: CountryOptions): string[] {
  if (!kebab.test(o.id)) throw new UsageError(`country id ${q(o.id)} must be lowercase letters, digits and hyphens, e.g. "pe"`);
  const path = join(contentDir, 'countries', `${o.id}.yaml`);
  if (existsSync(path)) throw new UsageError(`${path} already exists: nothing was written`);
  const iso = (o.iso ?? (o.id.length === 2 ? o.id : '')).toUpperCase();
  if (!/^[A-Z]{2}$/.test(iso)) throw new UsageError('give the two-letter ISO 3166-1 code with --iso (e.g. --iso PE)');
  if (!o.names[defaultLocale]?.trim()) throw new UsageError(`give the country's name in the source language: --name-${defaultLocale} "..." (and, optionally, ${locales.filter((l) => l !== defaultLocale).map((l) => `--name-${l}`).join(', ')})`);
  requireKnown([o.source], readIds(contentDir, 'sources.yaml'), 'source', 'content/sources.yaml (add it first: npm run new -- source ...)');
  const features = parse(readFileSync(join(contentDir, 'features.yaml'), 'utf8')) as { id: string; label: Record<string, string> }[];
  // A language without a value is left out: it shows the source language's text until translated.
  const loc = (make: (l: Locale) => string | undefined) => `{ ${locales.flatMap((l) => { const v = make(l); return v === undefined ? [] : [`${l}: ${q(v)}`]; }).join(', ')} }`;
  const year = today().slice(0, 4);
  const text = `# ${o.names[defaultLocale]}: country profile, scaffolded by \`npm run new\`.
# How to fill it in: docs/authors-guide.en.md (es: docs/authors-guide.es.md), "Add a country";
# every field is described in docs/field-reference.md. Placeholders need you: \`npm run check\`
# lists each one as a warning until it is replaced. Every fact names its \`source\`, an id from
# content/sources.yaml; a value the source does not give is left out (or null), never guessed.

# ISO 3166-1 alpha-2 code, upper case.
iso: ${iso}
${mapProblem(iso) ? `# TODO: the world map cannot place ${iso} by its code (a code it does not know, or a territory its data
# leaves out): give the point for the country's dot, in degrees (north and east positive).
mapPoint: { lat: 0, lon: 0 }
` : ''}# The country's name in every language.
name: ${loc((l) => o.names[l]!)}
# A short profile per language: one paragraph, in our own words.
summary:
${locales.map((l) => `  ${l}: ${q(w(l, 'countrySummary'))}`).join('\n')}
# The id of the institution below that is the foreign ministry.
foreignMinistry: ministry
# The institutions compared (government, foreign ministry, trade-promotion agency, cooperation agency,
# diplomatic academy): one entry each, \`kind\` from content/institution-kinds.yaml.
institutions:
  - id: ministry
    kind: foreign-ministry
    name: ${loc((l) => w(l, 'ministry'))}
    # abbr: MRE
    # TODO: true or false as the source states; add \`url: https://...\` when known.
    website: { present: false, source: ${o.source} }
    # TODO: does it run a blog? true or false, as the source states.
    blog: { present: false, source: ${o.source} }
    # TODO: does it offer a participation mechanism (forums, surveys)? true or false.
    participation: { present: false, source: ${o.source} }
    # Official accounts, one per platform (ids from content/platforms.yaml), for example:
    #   - platform: twitter
    #     handle: "@handle"
    #     url: https://twitter.com/handle
    #     source: ${o.source}
    #     created:
    #       - { date: 2012-05, source: ${o.source} }   # YYYY, YYYY-MM or YYYY-MM-DD
    #     observations:
    #       - { metric: followers, value: 12000, asOf: 2019-02, source: ${o.source} }
    accounts: []
# The ministry website's features (the study's ten criteria): set each one the source reports to
# true or false; a feature left out shows as "no data".
websiteFeatures:
  source: ${o.source}
  # TODO: the date the source observed the website (YYYY, YYYY-MM or YYYY-MM-DD). When the source gives
  # the table no date, write its collection period and add the line \`asOfStated: false\`.
  asOf: ${year}
  # To fill in: replace {} by the lines below, uncommented, each set to true or false.
  values: {}
${features.map((f) => `  #   ${f.id}: true    # ${f.label.en}`).join('\n')}
# The diplomatic network: one dated observation per source and date ("then and now"); [] = no data.
# Replace [] by items like this one, uncommented; leave out a kind the source does not count:
#   - source: ${o.source}
#     asOf: 2019                     # the date the counts refer to
#     embassies: { total: 80, withWebsite: 77 }
#     consulates: { total: 66 }
#     multilateral: { total: 5 }
#     otherOffices: { total: 3 }
network: []
# Digital-policy notes, each with its date, text per language and source, for example:
#   - date: 2017
#     source: ${o.source}
#     text: ${loc((l) => w(l, 'policyExample'))}
policy: []
`;
  const taken = countryIds(contentDir).find((c) => {
    const data = parse(readFileSync(join(contentDir, 'countries', `${c}.yaml`), 'utf8')) as { iso?: string } | null;
    return data?.iso === iso;
  });
  if (taken) throw new UsageError(`ISO code ${iso} is already used by content/countries/${taken}.yaml`);
  writeNew(path, text);
  return [path];
}

// ---------------------------------------------------------------------------------------------

export interface EntryOptions {
  kind: 'articles' | 'interviews';
  slug: string;
  titles?: Record<string, string>;
  countries?: string[];
  sources?: string[];
  authors?: string[];
  tags?: string[];
  note?: boolean;
  /** Write only this language's file, marked `singleLanguage: true`. */
  only?: string;
  interviewee?: string;
  roles?: Record<string, string>;
  interviewer?: string;
  publication?: string;
  originalUrl?: string;
}

const entryComments: Record<string, string> = {
  title: 'Title in the language of this file.',
  summary: 'One or two sentences, shown in listings and as the page description.',
  published: 'First publication on this site: YYYY-MM-DD (YYYY or YYYY-MM also work). Add `updated:` after a substantive change.',
  authors: 'Authors of this entry, as "Family, Given".',
  tags: 'Tag ids from content/tags.yaml, e.g. [public-diplomacy, social-media].',
  countries: 'Ids of the country files the entry concerns, e.g. [mx, cl].',
  sources: 'Ids from content/sources.yaml the entry relies on; listed as its references.',
  format: '"article" for a research summary, "note" for a short dated note.',
  singleLanguage: 'This entry exists in one language only: the other language shows a notice and a link.',
  interviewee: 'Name of the person interviewed.',
  intervieweeRole: 'Their role at the time, in the language of this file.',
  interviewer: 'Who conducted the interview.',
  originalPublication: 'Where it was first published, e.g. "Apuntes Internacionales".',
  originalUrl: 'Address of the original. Add `originalDate: YYYY-MM-DD` when the source gives it.',
};

/** Both language twins of an article or interview (or one, with `only`). */
export function scaffoldEntry(contentDir: string, o: EntryOptions): string[] {
  if (!kebab.test(o.slug)) throw new UsageError(`slug ${q(o.slug)} must be lowercase kebab-case, e.g. "digital-diplomacy-peru"`);
  if (o.only && !(locales as readonly string[]).includes(o.only)) throw new UsageError(`--only must be one of ${locales.join(', ')}`);
  for (const kind of ['articles', 'interviews']) {
    for (const l of locales) {
      if (existsSync(join(contentDir, kind, l, `${o.slug}.mdx`))) throw new UsageError(`the slug ${q(o.slug)} is already used by content/${kind}/${l}/${o.slug}.mdx: choose another`);
    }
  }
  requireKnown(o.countries ?? [], countryIds(contentDir), 'country', 'content/countries/');
  requireKnown(o.sources ?? [], readIds(contentDir, 'sources.yaml'), 'source', 'content/sources.yaml');
  requireKnown(o.tags ?? [], readIds(contentDir, 'tags.yaml'), 'tag', 'content/tags.yaml (add the tag there first, with its label in every language)');
  if (o.originalUrl && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(o.originalUrl)) throw new UsageError(`--original-url ${q(o.originalUrl)} must be an absolute http(s) address`);
  const targets = o.only ? [o.only] : [...locales];
  const written: string[] = [];
  for (const l of targets) {
    const data: Record<string, unknown> = {
      title: o.titles?.[l] ?? w(l, 'title'),
      summary: w(l, 'summary'),
      published: today(),
      authors: o.authors?.length ? o.authors : [w(l, 'author')],
      tags: o.tags ?? [],
      countries: o.countries ?? [],
      sources: o.sources ?? [],
    };
    if (o.kind === 'articles') data.format = o.note ? 'note' : 'article';
    if (o.only) data.singleLanguage = true;
    if (o.kind === 'interviews') {
      Object.assign(data, {
        interviewee: o.interviewee ?? 'TODO: Name Surname',
        intervieweeRole: o.roles?.[l] ?? w(l, 'role'),
        interviewer: o.interviewer ?? 'TODO: Name Surname',
        originalPublication: o.publication ?? 'TODO: publication name',
        originalUrl: o.originalUrl ?? 'https://example.org/TODO-address-of-the-original',
      });
    }
    const body = `\n${w(l, 'body')}\n\n## ${w(l, 'heading')}\n`;
    const header = `Scaffolded by \`npm run new\`. Fields: docs/field-reference.md. Placeholders need you:\n\`npm run check\` lists each one as a warning until it is replaced.${o.only ? '' : ` The twin in the other language${locales.length > 2 ? 's' : ''} has the same file name.`}`;
    const path = join(contentDir, o.kind, l, `${o.slug}.mdx`);
    writeNew(path, writeFrontmatter(data, body, entryComments, header));
    written.push(path);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------

export interface SourceOptions {
  id: string;
  title: string;
  type?: string;
  authors?: string[];
  date?: string;
  url?: string;
  container?: string;
  language?: string;
}

const sourceTypes = ['article', 'webpage', 'interview', 'blog-post', 'essay', 'event'];

/** Appends an entry to the bibliography, `content/sources.yaml`, keeping the rest of the file as it is. */
export function scaffoldSource(contentDir: string, o: SourceOptions): string[] {
  if (!kebab.test(o.id)) throw new UsageError(`source id ${q(o.id)} must be kebab-case, e.g. "perez-2022"`);
  if (!o.title?.trim()) throw new UsageError('give the title of the work: --title "..."');
  const path = join(contentDir, 'sources.yaml');
  if (readIds(contentDir, 'sources.yaml').includes(o.id)) throw new UsageError(`the source id ${q(o.id)} is already in content/sources.yaml`);
  if (o.type && !sourceTypes.includes(o.type)) throw new UsageError(`--type must be one of ${sourceTypes.join(', ')}`);
  if (o.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.date)) throw new UsageError('--date must be YYYY, YYYY-MM or YYYY-MM-DD');
  if (o.url && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(o.url)) throw new UsageError(`--url ${q(o.url)} must be an absolute http(s) address`);
  const lines = [
    '',
    `# Added by \`npm run new -- source\`. Record only what the work itself states.`,
    `- id: ${o.id}`,
    `  type: ${o.type ?? 'webpage'}${o.type ? '' : `   # TODO: one of ${sourceTypes.join(', ')}`}`,
    `  authors: [${(o.authors ?? []).map(q).join(', ')}]${o.authors?.length ? '' : '   # TODO: "Family, Given" for each author, or [] for none'}`,
    `  title: ${q(o.title)}`,
    ...(o.container ? [`  container: ${q(o.container)}`] : ['  # container: Journal or website name']),
    ...(o.date ? [`  date: ${q(o.date)}`] : ['  # date: 2021   # YYYY, YYYY-MM or YYYY-MM-DD, as the work states']),
    ...(o.url ? [`  url: ${o.url}`] : ['  # url: https://...']),
    `  language: ${o.language ?? 'es'}${o.language ? '' : '   # TODO: language of the work (es, en, ...)'}`,
    '',
  ];
  const current = readFileSync(path, 'utf8');
  appendFileSync(path, (current.endsWith('\n') ? '' : '\n') + lines.join('\n'));
  return [path];
}

export interface LocaleOptions {
  code: string;
  name?: string;
  /** The Intl tag, e.g. "pt-BR"; by default the language's most likely region. */
  intl?: string;
  dir?: string;
}

/**
 * Adds a language: its line in content/locales.yaml and its dictionary, content/ui/<code>.yaml, with
 * every UI string listed as a comment (the source text, to translate); a string left commented falls
 * back to the source language. `root` is the project folder.
 */
export function scaffoldLocale(root: string, o: LocaleOptions): string[] {
  if (!/^[a-z]{2,3}$/.test(o.code)) throw new UsageError(`locale code ${q(o.code)} must be a two- or three-letter language code such as "pt"`);
  if (locales.includes(o.code)) throw new UsageError(`the locale ${q(o.code)} is already in ${localesFile}`);
  if (!o.name?.trim()) throw new UsageError(`give the language's name in itself: --name "Português"`);
  if (o.dir !== undefined && o.dir !== 'ltr' && o.dir !== 'rtl') throw new UsageError('--dir must be ltr or rtl');
  let region: string | undefined;
  let intl: string;
  try {
    // Intl knows each language's most likely region (pt → BR): it picks the number and date conventions.
    region = new Intl.Locale(o.intl ?? o.code).maximize().region;
    intl = o.intl ?? (region ? `${o.code}-${region}` : o.code);
    new Intl.NumberFormat(intl);
  } catch {
    throw new UsageError(`--intl ${q(o.intl ?? o.code)} is not a language tag Intl knows, such as "pt-BR"`);
  }
  const entry = [`- code: ${o.code}`, `  name: ${q(o.name.trim())}`, `  bcp47: ${o.code}`, `  intl: ${intl}`, `  og: ${o.code}_${region ?? o.code.toUpperCase()}`, `  dir: ${o.dir ?? 'ltr'}`];
  const listPath = join(root, localesFile);
  const current = existsSync(listPath) ? readFileSync(listPath, 'utf8') : locales.map((l) => `- code: ${l}\n`).join('');
  const next = `${current}${current.endsWith('\n') ? '' : '\n'}${entry.join('\n')}\n`;
  parseLocales(next, localesFile); // the file stays valid, or nothing is written
  const dictionaryPath = join(root, dictionaryFile(o.code));
  if (existsSync(dictionaryPath)) throw new UsageError(`${dictionaryFile(o.code)} already exists: nothing was written`);
  const lines = Object.entries(sourceDictionary).map(([key, text]) => `# ${key}: ${q(text)}`);
  mkdirSync(dirname(dictionaryPath), { recursive: true });
  writeFileSync(
    dictionaryPath,
    [
      `# ${o.name.trim()} (${o.code}): the site's interface strings. Each line is "key: text".`,
      `# Every string starts as a comment holding the source (${defaultLocale}) text: translate it and remove`,
      `# the "# " to use it. A string left as a comment shows in the source language, marked as such;`,
      '# `npm run check` counts them. Keep {placeholders} as they are. Quote text that has ": " or starts with a symbol.',
      '',
      ...lines,
      '',
    ].join('\n'),
  );
  writeFileSync(listPath, next);
  return [listPath, dictionaryPath];
}

// ---------------------------------------------------------------------------------------------

const usage = `Usage:
  npm run new -- country <id> ${locales.map((l) => `--name-${l} <name>`).join(' ')} --source <source-id> [--iso XX]
  npm run new -- article <slug> [${locales.map((l) => `--title-${l} <title>`).join('] [')}] [--country mx,cl] [--source id,...]
                 [--author "Family, Given"] [--tag a,b] [--note] [--only ${locales[0]}]
  npm run new -- interview <slug> [the article options] [--interviewee <name>] [--interviewer <name>]
                 [${locales.map((l) => `--role-${l} <role>`).join('] [')}] [--publication <name>] [--original-url <https://...>]
  npm run new -- source <id> --title <title> [--type article] [--author "Family, Given"] [--date 2021]
                 [--url <https://...>] [--container <journal>] [--language es]
  npm run new -- locale <code> --name <its name in that language> [--intl pt-BR] [--dir rtl]
See docs/authors-guide.en.md (or .es.md).`;

/** C0 and C1 control characters (line breaks and tabs among them) and DEL. */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/** A BCP 47 language tag as sources use them: a language, optionally a region or script. */
const languageTag = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** Runs the command; returns the files written. */
export function runNew(argv: string[], contentDir: string): string[] {
  const perLocale = (prefix: string) => Object.fromEntries(locales.map((l) => [`${prefix}-${l}`, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...perLocale('name'),
        ...perLocale('title'),
        ...perLocale('role'),
        iso: { type: 'string' },
        source: { type: 'string' },
        country: { type: 'string' },
        author: { type: 'string', multiple: true },
        tag: { type: 'string' },
        note: { type: 'boolean' },
        only: { type: 'string' },
        interviewee: { type: 'string' },
        interviewer: { type: 'string' },
        publication: { type: 'string' },
        'original-url': { type: 'string' },
        title: { type: 'string' },
        type: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        container: { type: 'string' },
        language: { type: 'string' },
        name: { type: 'string' },
        intl: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
  const { values: v, positionals } = parsed;
  // Every value lands in a YAML or MDX file: a line break would start a field of its own there.
  for (const [option, value] of [...Object.entries(v).flatMap(([k, x]) => (Array.isArray(x) ? x : [x]).map((one) => [`--${k}`, one] as const)), ...positionals.map((p) => ['a name', p] as const)]) {
    if (typeof value === 'string' && controlCharacter.test(value)) throw new UsageError(`${option} ${q(value)} holds a line break or another control character: give it on one line`);
  }
  if (v.language !== undefined && !languageTag.test(v.language)) throw new UsageError(`--language ${q(v.language)} must be a language code such as "es", "en" or "pt-BR"`);
  const [kind, name, ...extra] = positionals;
  if (v.help || !kind) throw new UsageError(usage);
  if (!name) throw new UsageError(`give the ${kind === 'country' ? 'country id' : kind === 'source' ? 'source id' : kind === 'locale' ? 'language code' : 'slug'} after "${kind}"\n\n${usage}`);
  if (extra.length) throw new UsageError(`unexpected ${extra.map(q).join(' ')} (quote values with spaces)\n\n${usage}`);
  const byLocale = (prefix: string) => {
    const out: Record<string, string> = {};
    for (const l of locales) {
      const value = (v as Record<string, unknown>)[`${prefix}-${l}`];
      if (typeof value === 'string') out[l] = value;
    }
    return out;
  };
  switch (kind) {
    case 'country':
      if (!v.source) throw new UsageError(`give the source of the profile's facts: --source <id from content/sources.yaml> (add a new one first with: npm run new -- source ...)\n\n${usage}`);
      return scaffoldCountry(contentDir, { id: name, names: byLocale('name'), source: v.source, iso: v.iso });
    case 'article':
    case 'interview':
      return scaffoldEntry(contentDir, {
        kind: kind === 'article' ? 'articles' : 'interviews',
        slug: name,
        titles: byLocale('title'),
        countries: list(v.country),
        sources: list(v.source),
        authors: v.author,
        tags: list(v.tag),
        note: v.note,
        only: v.only,
        interviewee: v.interviewee,
        roles: byLocale('role'),
        interviewer: v.interviewer,
        publication: v.publication,
        originalUrl: v['original-url'],
      });
    case 'source':
      return scaffoldSource(contentDir, { id: name, title: v.title ?? '', type: v.type, authors: v.author, date: v.date, url: v.url, container: v.container, language: v.language });
    case 'locale':
      return scaffoldLocale(join(contentDir, '..'), { code: name, name: v.name, intl: v.intl, dir: v.dir });
    default:
      throw new UsageError(`unknown kind ${q(kind)}: use country, article, interview, source or locale\n\n${usage}`);
  }
}

/** A new locale's share image (drawn in a separate process that reads the updated list), and what is left to translate. */
function afterNewLocale(root: string, code: string, written: string[]): void {
  console.log(`Added the locale ${q(code)}:\n${written.map((f) => `  ${relative(root, f)}`).join('\n')}`);
  const image = spawnSync(process.execPath, [join(root, 'scripts', 'share-images.ts'), code], { cwd: root, encoding: 'utf8' });
  if (image.status === 0) console.log(`  public/share/atlas-${code}.png (share image)`);
  else console.log(`\nThe share image could not be drawn (pages use the ${defaultLocale} one until it is): run \`node scripts/share-images.ts ${code}\`.\n${image.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
  const status = translationStatus(join(root, 'content'), code);
  const fields = status.fields.reduce((n, f) => n + f.count, 0);
  console.log(`\nLeft to translate (until then each shows in ${defaultLocale}, marked as such; \`npm run check\` counts them):`);
  console.log(`  ${Object.keys(sourceDictionary).length} interface strings in ${dictionaryFile(code)}`);
  console.log(`  ${fields} texts in content files${status.fields.length ? `: ${status.fields.map((f) => `${f.file} (${f.count})`).join(', ')}` : ''}`);
  console.log(`  ${status.entries.length} entries: add content/<articles|interviews>/${code}/<slug>.mdx for each you translate`);
  if (status.methodology) console.log(`  the methodology page: content/methodology/${code}.mdx`);
  console.log('\nThen `npm run build` (or `npm run dev`): the pages are at /' + code + '/. Guide: "Adding a language" in docs/authors-guide.en.md.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  try {
    const args = process.argv.slice(2);
    const written = runNew(args, join(root, 'content'));
    if (args[0] === 'locale') {
      afterNewLocale(root, args[1]!, written);
      process.exit(0);
    }
    const verb = args[0] === 'source' ? `Added ${args[1]} to` : 'Created';
    console.log(`${verb}:\n${written.map((f) => `  ${relative(root, f)}`).join('\n')}`);
    console.log('\nNext: replace the TODO placeholders (`npm run check` lists those left), then `npm run dev` to see the result. Guide: docs/authors-guide.en.md (es: docs/authors-guide.es.md).');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`npm run new: ${error.message}`);
    process.exit(2);
  }
}
