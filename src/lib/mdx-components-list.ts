/** The components an MDX entry may use (without importing them). Documented in docs/authors-guide. */
export const mdxComponentNames = ['ComparisonTable', 'Chart', 'CountryCard', 'PullQuote', 'Cite'];
