/**
 * The diplomatic network "then and now": a country's dated observations (one per source and date)
 * laid out as rows, oldest first, with the change within each series of comparable observations and
 * the kinds on which sources that speak of the same period disagree. Pure: the country page, the
 * comparison page and the download read the same derivation.
 */
import { networkKindKeys, type NetworkCount, type NetworkKindKey, type NetworkObservation } from '../schemas/country.ts';
import type { Source } from '../schemas/vocabularies.ts';
import { decimalYear } from './format.ts';
import type { AtlasData, CountryRecord } from './model.ts';

/** The network kinds, in table order: id in the downloads, key in the country file, UI label. */
export const networkKinds = [
  { id: 'embassies', key: 'embassies', label: 'network.embassies' },
  { id: 'consulates', key: 'consulates', label: 'network.consulates' },
  { id: 'multilateral', key: 'multilateral', label: 'network.multilateral' },
  { id: 'other-offices', key: 'otherOffices', label: 'network.otherOffices' },
] as const satisfies readonly { id: string; key: NetworkKindKey; label: string }[];

// The table order and the schema's list of kinds are one list.
if (networkKinds.map((k) => k.key).join() !== networkKindKeys.join()) throw new Error('networkKinds and networkKindKeys disagree');

export interface NetworkCellView {
  /** `null` = the observation gives no count of this kind. */
  total: number | null;
  withWebsite: number | null;
  note?: NetworkCount['note'];
  /** True when another source, speaking of the same period, gives a different count of this kind. */
  conflict: boolean;
}

export interface NetworkRowView {
  observation: NetworkObservation;
  /** The series the observation belongs to: its `series`, or else its source. */
  series: string;
  /** One cell per kind, in `networkKinds` order. */
  cells: NetworkCellView[];
  /** The four kinds added up, when the observation gives all four; otherwise `null`. */
  sum: number | null;
  /** True when the observation counts websites for some kind: its other kinds then read "no data" on websites. */
  websites: boolean;
}

export interface NetworkChangeView {
  series: string;
  /** The earliest and the latest observation of the series (by date). */
  from: NetworkObservation;
  to: NetworkObservation;
  /** Per kind, `to` minus `from`; `null` when either gives no count of that kind. */
  deltas: (number | null)[];
  /** Change of the sum, when both give all four kinds. */
  sum: number | null;
}

export interface CountryNetworkView {
  country: CountryRecord;
  /** Observations, oldest first (file order among those of the same date). */
  rows: NetworkRowView[];
  /** One per series with observations at two or more dates, ordered by their latest date. */
  changes: NetworkChangeView[];
  /** True when some cell is marked as a disagreement between sources. */
  conflict: boolean;
  /** True when some observation's date is inferred rather than stated. */
  inferred: boolean;
}

export interface NetworkTableView {
  countries: CountryNetworkView[];
  /** True when no country has an observation: a country page then says so in a sentence, not an empty table. */
  empty: boolean;
  /** True when some observation gives a rank: the table then has a rank column. */
  ranks: boolean;
  /** Every work the rows cite (`source`, then `via`), in order of first use. */
  sources: Source[];
  sourceById: Map<string, Source>;
  /** The observations that carry a note, in table order, for the notes under the table. */
  notes: { country: CountryRecord; observation: NetworkObservation }[];
  /** Which general notes the table needs: the sum column, a change row, an inferred date, a disagreement. */
  explain: { sum: boolean; change: boolean; inferred: boolean; conflict: boolean };
}

/** Two partial dates name overlapping periods when one refines the other (2020 and 2020-03). */
function samePeriod(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function seriesOf(o: NetworkObservation): string {
  return o.series ?? o.source;
}

function cell(o: NetworkObservation, key: NetworkKindKey): { total: number | null; withWebsite: number | null; note?: NetworkCount['note'] } {
  const c = o[key];
  return { total: c?.total ?? null, withWebsite: c?.withWebsite ?? null, ...(c?.note && { note: c.note }) };
}

function sumOf(o: NetworkObservation): number | null {
  const totals = networkKindKeys.map((k) => o[k]?.total ?? null);
  return totals.every((t): t is number => t !== null) ? totals.reduce((a, b) => a + b, 0) : null;
}

export function countryNetwork(country: CountryRecord): CountryNetworkView {
  const observations = country.network
    .map((o, i) => ({ o, i }))
    .sort((a, b) => decimalYear(a.o.asOf) - decimalYear(b.o.asOf) || a.i - b.i)
    .map(({ o }) => o);
  const rows: NetworkRowView[] = observations.map((o) => ({
    observation: o,
    series: seriesOf(o),
    cells: networkKindKeys.map((key) => {
      const own = cell(o, key);
      const conflict =
        own.total !== null &&
        observations.some((other) => other !== o && seriesOf(other) !== seriesOf(o) && samePeriod(other.asOf, o.asOf) && (other[key]?.total ?? null) !== null && other[key]!.total !== own.total);
      return { ...own, conflict };
    }),
    sum: sumOf(o),
    websites: networkKindKeys.some((k) => (o[k]?.withWebsite ?? null) !== null),
  }));
  const bySeries = new Map<string, NetworkObservation[]>();
  for (const o of observations) bySeries.set(seriesOf(o), [...(bySeries.get(seriesOf(o)) ?? []), o]);
  const changes: NetworkChangeView[] = [...bySeries]
    .flatMap(([series, list]) => {
      const from = list[0]!;
      const to = list[list.length - 1]!;
      if (decimalYear(from.asOf) === decimalYear(to.asOf)) return [];
      const deltas = networkKindKeys.map((k) => {
        const [a, b] = [from[k]?.total ?? null, to[k]?.total ?? null];
        return a === null || b === null ? null : b - a;
      });
      const [sa, sb] = [sumOf(from), sumOf(to)];
      return [{ series, from, to, deltas, sum: sa === null || sb === null ? null : sb - sa }];
    })
    .sort((a, b) => decimalYear(a.to.asOf) - decimalYear(b.to.asOf));
  return {
    country,
    rows,
    changes,
    conflict: rows.some((r) => r.cells.some((c) => c.conflict)),
    inferred: observations.some((o) => !o.asOfStated),
  };
}

/** The network of several countries, in the order given: the comparison page shows them all. */
export function networkTable(data: AtlasData, countries: CountryRecord[] = data.countries): NetworkTableView {
  const views = countries.map(countryNetwork);
  const ids = new Set<string>();
  for (const v of views) for (const r of v.rows) [r.observation.source, r.observation.via].forEach((s) => s && ids.add(s));
  const known = new Map(data.sources.map((s) => [s.id, s]));
  // An unknown id is the content check's to report; here it is left out.
  const sources = [...ids].flatMap((id) => known.get(id) ?? []);
  return {
    countries: views,
    empty: views.every((v) => v.rows.length === 0),
    ranks: views.some((v) => v.rows.some((r) => r.observation.rank)),
    sources,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    notes: views.flatMap((v) => v.rows.filter((r) => r.observation.note).map((r) => ({ country: v.country, observation: r.observation }))),
    explain: {
      sum: views.some((v) => v.rows.some((r) => r.sum !== null)),
      change: views.some((v) => v.changes.length > 0),
      inferred: views.some((v) => v.inferred),
      conflict: views.some((v) => v.conflict),
    },
  };
}
