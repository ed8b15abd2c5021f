/**
 * The atlas's world map, worked out at build time: where each country goes and the SVG path data
 * that draws it. Pure: pages get strings and numbers, and render them as inline SVG (no client
 * JavaScript, no tiles, no request to anyone).
 *
 * Geography: Natural Earth as published in `world-atlas` (ISO 3166-1 numeric ids), projected with
 * d3-geo's Equal Earth (equal-area, so no country looks larger than it is), lightly simplified with
 * topojson-simplify to keep pages small. A profile's alpha-2 code becomes the numeric one through
 * the ISO table shipped by `i18n-iso-countries`.
 *
 * Every country fits: a code with a shape in the 110m countries is drawn as that shape (with a dot
 * as well when the shape is too small to see or click); a state the 110m data leaves out (Singapore,
 * Malta, the Holy See…) is a dot at the centroid of its shape in the 50m data; and a code neither
 * has (a fictional one, or a territory Natural Earth does not give) is a dot at the profile's
 * `mapPoint`. A code with none of these is a content-check problem (`mapProblem`).
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import iso from 'i18n-iso-countries/codes.json' with { type: 'json' };
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };

/** A point given in a profile: degrees of latitude (north positive) and longitude (east positive). */
export interface MapPoint {
  lat: number;
  lon: number;
}

/** What the map knows about one code. */
export type Placement =
  | { kind: 'shape'; numeric: string }
  | { kind: 'dot'; numeric?: string; lon: number; lat: number; from: 'natural-earth-50m' | 'profile' };

/** The map's drawing width in SVG units; its height follows from the land drawn (all but Antarctica). */
export const MAP_WIDTH = 800;
/** Natural Earth's Antarctica, left out of the map. */
const ANTARCTICA = '010';
/** Fraction of the 110m points kept by the simplification (the most significant ones). */
const KEEP = 0.2;
/** A shape smaller than this (in square SVG units) also gets a dot, so that it can be seen and clicked. */
const SMALL_SHAPE = 12;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const numericOf = new Map((iso as string[][]).map(([alpha2, , numeric]) => [alpha2!, numeric!]));
const countries110 = world110 as unknown as Countries;
const countries50 = world50 as unknown as Countries;
// Antarctica is left out of the frame, and so out of what the map can place.
const ids110 = new Set(countries110.objects.countries.geometries.map((g) => g.id).filter((id) => id !== ANTARCTICA));
const geometry50 = new Map(countries50.objects.countries.geometries.filter((g) => g.id !== undefined && g.id !== ANTARCTICA).map((g) => [String(g.id), g]));

/**
 * Where the map puts a country: its shape, or a dot. `mapPoint` is used only when the map has no
 * shape of its own for the code (a fictional code, a territory the data leaves out), and then wins
 * over the 50m centroid. Undefined: the map cannot place it.
 */
export function placement(alpha2: string, mapPoint?: MapPoint): Placement | undefined {
  const numeric = numericOf.get(alpha2);
  if (numeric && ids110.has(numeric)) return { kind: 'shape', numeric };
  if (mapPoint) return { kind: 'dot', ...(numeric ? { numeric } : {}), lon: mapPoint.lon, lat: mapPoint.lat, from: 'profile' };
  const small = numeric ? geometry50.get(numeric) : undefined;
  if (small) {
    const [lon, lat] = geoCentroid(feature(countries50, small as GeometryObject) as GeoPermissibleObjects);
    return { kind: 'dot', numeric, lon, lat, from: 'natural-earth-50m' };
  }
  return undefined;
}

/** The content check's message for a code the map cannot place, or undefined when it can. */
export function mapProblem(alpha2: string, mapPoint?: MapPoint): string | undefined {
  if (placement(alpha2, mapPoint)) return undefined;
  return numericOf.has(alpha2)
    ? `the world map has no shape or point for ${alpha2}`
    : `${alpha2} is not an ISO 3166-1 code the world map knows`;
}

/** One country of the atlas on the map: what to draw for it. */
export interface MapPlace {
  id: string;
  /** Path data of its shape, when the map has one. */
  d?: string;
  /** Centre of its dot, when it is drawn as one (a state too small for the map, or a tiny shape). */
  dot?: { x: number; y: number };
}

export interface WorldMap {
  width: number;
  height: number;
  /** Path data of every land shape that is not an atlas country: the base, drawn once. */
  land: string;
  places: MapPlace[];
}

/** Simplified once per process: every map of every page shares it. */
let simplified: { topology: Countries; projection: ReturnType<typeof geoEqualEarth>; height: number } | undefined;
function geography() {
  if (simplified) return simplified;
  const topology = presimplify(structuredClone(countries110) as unknown as Countries, sphericalTriangleArea) as unknown as Countries;
  const lighter = simplify(topology, quantile(topology, KEEP)) as unknown as Countries;
  // The frame is the inhabited world: Antarctica would take a sixth of the height and no profile.
  const inhabited = { ...lighter.objects.countries, geometries: lighter.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA) };
  lighter.objects.countries = inhabited;
  const world = feature(lighter, inhabited) as GeoPermissibleObjects;
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, world);
  const [, [, bottom]] = geoPath(projection).bounds(world);
  return (simplified = { topology: lighter, projection, height: Math.ceil(bottom) });
}

/**
 * The map of the given countries (in the order given): the base and one place per country. Throws
 * when a country cannot be placed: the content check reports that first, with file and line.
 */
export function worldMap(countries: { id: string; iso: string; mapPoint?: MapPoint }[]): WorldMap {
  const { topology, projection, height } = geography();
  const geometries = topology.objects.countries.geometries;
  const byNumeric = new Map(geometries.map((g) => [String(g.id), g]));
  const taken = new Set<string>();
  const places = countries.map(({ id, iso: alpha2, mapPoint }): MapPlace => {
    const where = placement(alpha2, mapPoint);
    if (!where) throw new Error(`content/countries/${id}.yaml: ${mapProblem(alpha2, mapPoint)}`);
    if (where.kind === 'dot') {
      const [x, y] = projection([where.lon, where.lat])!;
      return { id, dot: { x: round(x), y: round(y) } };
    }
    taken.add(where.numeric);
    const shape = feature(topology, byNumeric.get(where.numeric)! as GeometryObject) as GeoPermissibleObjects;
    const d = pathData(projection, shape);
    const path = geoPath(projection);
    if (path.area(shape) >= SMALL_SHAPE && geoArea(shape) > 0) return { id, d };
    const [x, y] = path.centroid(shape);
    return { id, d, dot: { x: round(x), y: round(y) } };
  });
  const rest = geometries.filter((g) => !taken.has(String(g.id)));
  const land = pathData(projection, merge(topology, rest as never) as GeoPermissibleObjects);
  return { width: MAP_WIDTH, height, land, places };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Path data with whole-unit, relative coordinates and no repeated points: d3's own output (absolute,
 * with decimals) is two to three times as heavy for no visible difference at this size.
 */
export function pathData(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? '' : ' '}${dy}`;
  geoPath(projection, {
    moveTo(px: number, py: number) {
      const nx = Math.round(px);
      const ny = Math.round(py);
      out += out === '' ? `M${nx} ${ny}` : `m${pair(nx - x, ny - y)}`;
      x = startX = nx;
      y = startY = ny;
    },
    lineTo(px: number, py: number) {
      const nx = Math.round(px);
      const ny = Math.round(py);
      if (nx === x && ny === y) return;
      out += `l${pair(nx - x, ny - y)}`;
      x = nx;
      y = ny;
    },
    closePath() {
      out += 'z';
      x = startX;
      y = startY;
    },
    arc() {},
    beginPath() {},
  })(object);
  return out;
}
