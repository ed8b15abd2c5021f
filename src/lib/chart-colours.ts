/**
 * One colour per country across the whole site. A country's colour is its place in the atlas's
 * country list sorted by id, modulo the palette: it never depends on which countries a chart shows
 * (a chart of Chile alone paints Chile as the comparison does). Past PALETTE_SIZE countries colours
 * repeat, which is why every mark is also named by its label and the legend names each colour.
 * The colours themselves are CSS variables (--country-0 ... in src/styles/global.css), with dark
 * variants, each at 3:1 or better against the page (checked by the browser gates).
 */
export const PALETTE_SIZE = 8;

/** The CSS variable of a palette slot. */
export const colourVar = (slot: number) => `--country-${slot}`;

/** Every country id → its palette slot, from the full list of the atlas's country ids. */
export function countryColours(allCountryIds: readonly string[]): Map<string, number> {
  return new Map([...allCountryIds].sort().map((id, i) => [id, i % PALETTE_SIZE]));
}
