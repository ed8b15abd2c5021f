/** Collections only: loaders over the top-level `content/` folder, schemas from src/schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { countrySchema } from './schemas/country.ts';
import { articleSchema, interviewSchema, methodologySchema } from './schemas/entry.ts';
import { changeSchema, featureSchema, findingSchema, institutionKindSchema, platformSchema, sourceSchema, tagSchema } from './schemas/vocabularies.ts';

/**
 * A vocabulary file whose order matters (the study's order of features and platforms):
 * collections come back sorted by id, so each entry keeps its position in the file.
 */
function orderedYaml(path: string) {
  return file(path, { parser: (text) => (parse(text) as Record<string, unknown>[]).map((item, position) => ({ ...item, position })) });
}
const position = { position: z.number().int().nonnegative() };

/** The changelog's items have no id: each is known by its place in the file. */
const changelog = file('content/changelog.yaml', { parser: (text) => ((parse(text) ?? []) as Record<string, unknown>[]).map((item, i) => ({ ...item, id: String(i) })) });

/**
 * An entry's id is its path without the extension (`en/entrevista-ficticia`): the twins' key. Astro's
 * default would take the frontmatter `slug` instead, which here is the page's address in its
 * language (src/schemas/entry.ts), not its identity.
 */
const entryId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  countries: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/countries' }), schema: countrySchema }),
  platforms: defineCollection({ loader: orderedYaml('content/platforms.yaml'), schema: platformSchema.extend(position) }),
  features: defineCollection({ loader: orderedYaml('content/features.yaml'), schema: featureSchema.extend(position) }),
  institutionKinds: defineCollection({ loader: file('content/institution-kinds.yaml'), schema: institutionKindSchema }),
  sources: defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema }),
  tags: defineCollection({ loader: orderedYaml('content/tags.yaml'), schema: tagSchema.extend(position) }),
  changelog: defineCollection({ loader: changelog, schema: changeSchema.extend({ id: z.string() }) }),
  findings: defineCollection({ loader: orderedYaml('content/findings.yaml'), schema: findingSchema.extend(position) }),
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/articles', generateId: entryId }), schema: articleSchema }),
  interviews: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/interviews', generateId: entryId }), schema: interviewSchema }),
  methodology: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/methodology' }), schema: methodologySchema }),
};
