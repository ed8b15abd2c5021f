/** Collections only: loaders over the top-level `content/` folder, schemas from src/schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { countrySchema } from './schemas/country.ts';
import { articleSchema, interviewSchema } from './schemas/entry.ts';
import { featureSchema, institutionKindSchema, platformSchema, sourceSchema } from './schemas/vocabularies.ts';

export const collections = {
  countries: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/countries' }), schema: countrySchema }),
  platforms: defineCollection({ loader: file('content/platforms.yaml'), schema: platformSchema }),
  features: defineCollection({ loader: file('content/features.yaml'), schema: featureSchema }),
  institutionKinds: defineCollection({ loader: file('content/institution-kinds.yaml'), schema: institutionKindSchema }),
  sources: defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/articles' }), schema: articleSchema }),
  interviews: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/interviews' }), schema: interviewSchema }),
};
