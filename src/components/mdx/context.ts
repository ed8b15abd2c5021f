/** What the MDX components need from the page that renders an entry; passed in, never queried. */
import type { Locale } from '../../i18n/config';
import type { ChartSpec } from '../../lib/charts';
import type { AtlasData } from '../../lib/model';
import type { Source } from '../../schemas/vocabularies';

export interface MdxContext {
  /** Language of the page. */
  locale: Locale;
  data: AtlasData;
  /** Charts an entry may embed by id. */
  charts: ChartSpec[];
  /** The entry's references (frontmatter `sources` and those cited in the body): what <Cite> and <PullQuote> link to. */
  sources: Source[];
  /** The entry's file, named in every error, e.g. `content/articles/es/x.mdx`. */
  file: string;
}
