/**
 * The world map's pure functions (src/lib/map.ts): where a code goes (a shape, a dot from the 50m
 * data, a dot from the profile's `mapPoint`), what a code the map cannot place reports, and the path
 * data. Expectations are geography written by hand (Singapore lies at about 1.35° N, 103.8° E), not
 * read back from the output.
 */
import { describe, expect, it } from 'vitest';
import { geoIdentity } from 'd3-geo';
import { MAP_WIDTH, mapProblem, pathData, placement, worldMap } from '../../src/lib/map.ts';

describe('placement', () => {
  it('places a country with a shape in the 110m data by its shape, found through the numeric code', () => {
    expect(placement('MX')).toEqual({ kind: 'shape', numeric: '484' });
    expect(placement('CL')).toEqual({ kind: 'shape', numeric: '152' });
  });

  it('places a small state the 110m data leaves out as a dot at the centre of its 50m shape', () => {
    const near = (code: string, lat: number, lon: number) => {
      const p = placement(code);
      expect(p?.kind, code).toBe('dot');
      if (p?.kind !== 'dot') return;
      expect(p.from).toBe('natural-earth-50m');
      expect(Math.abs(p.lat - lat), `${code} latitude`).toBeLessThan(0.3);
      expect(Math.abs(p.lon - lon), `${code} longitude`).toBeLessThan(0.3);
    };
    near('SG', 1.35, 103.82); // Singapore
    near('MT', 35.9, 14.4); // Malta
    near('VA', 41.9, 12.45); // the Holy See
    near('BH', 26.05, 50.55); // Bahrain
    near('BB', 13.17, -59.55); // Barbados
    near('AD', 42.55, 1.58); // Andorra
  });

  it("uses the profile's mapPoint for a code the map has no shape or point for, and only then", () => {
    expect(placement('XR', { lat: 48, lon: 14 })).toEqual({ kind: 'dot', lon: 14, lat: 48, from: 'profile' });
    expect(placement('TV', { lat: -8.5, lon: 179.2 })).toEqual({ kind: 'dot', numeric: '798', lon: 179.2, lat: -8.5, from: 'profile' });
    expect(placement('MX', { lat: 0, lon: 0 })).toEqual({ kind: 'shape', numeric: '484' });
  });

  it('cannot place a fictional code or a territory missing from the data without a mapPoint, and says which', () => {
    expect(placement('XR')).toBeUndefined();
    expect(mapProblem('XR')).toBe('XR is not an ISO 3166-1 code the world map knows');
    // Tuvalu is an ISO country, but neither the 110m nor the 50m countries have it.
    expect(mapProblem('TV')).toBe('the world map has no shape or point for TV');
    // Antarctica is outside the map's frame.
    expect(mapProblem('AQ')).toBe('the world map has no shape or point for AQ');
    expect(mapProblem('MX')).toBeUndefined();
    expect(mapProblem('SG')).toBeUndefined();
    expect(mapProblem('XR', { lat: 1, lon: 1 })).toBeUndefined();
  });
});

describe('worldMap', () => {
  const map = worldMap([
    { id: 'mx', iso: 'MX' },
    { id: 'sg', iso: 'SG' },
    { id: 'lu', iso: 'LU' },
    { id: 'zero', iso: 'XR', mapPoint: { lat: 0, lon: 0 } },
    { id: 'west', iso: 'XW', mapPoint: { lat: 0, lon: -90 } },
  ]);
  const place = (id: string) => map.places.find((p) => p.id === id)!;

  it('is as wide as asked, and less tall than the whole Equal Earth world (0.487 of its width): Antarctica is left out', () => {
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height / map.width).toBeLessThan(0.45);
    expect(map.height / map.width).toBeGreaterThan(0.35);
  });

  it('keeps the order given and draws a shape, a dot, or both for a tiny shape', () => {
    expect(map.places.map((p) => p.id)).toEqual(['mx', 'sg', 'lu', 'zero', 'west']);
    expect(place('mx').d).toMatch(/^M\d+ \d+l/);
    expect(place('mx').dot).toBeUndefined();
    expect(place('sg').d).toBeUndefined();
    expect(place('sg').dot).toBeDefined();
    // Luxembourg has a 110m shape, a few units wide on the map: a dot as well, so it can be seen and clicked.
    expect(place('lu').d).toBeDefined();
    expect(place('lu').dot).toBeDefined();
  });

  it('projects a point: 0° 0° in the middle across and below the middle down (more land lies north), 90° W to its left on the same line, Singapore east and just north of it', () => {
    const zero = place('zero').dot!;
    expect(Math.abs(zero.x - map.width / 2)).toBeLessThan(map.width * 0.01);
    expect(zero.y).toBeGreaterThan(map.height / 2);
    expect(zero.y).toBeLessThan(map.height);
    const west = place('west').dot!;
    expect(west.x).toBeLessThan(zero.x - 100);
    expect(west.y).toBe(zero.y);
    const sg = place('sg').dot!;
    expect(sg.x).toBeGreaterThan(zero.x + 200);
    expect(sg.y).toBeLessThan(zero.y);
    expect(zero.y - sg.y).toBeLessThan(5);
  });

  it('leaves the atlas countries out of the land drawn underneath', () => {
    const without = worldMap([]);
    expect(map.land.length).toBeLessThan(without.land.length);
    expect(without.places).toEqual([]);
  });

  it('refuses a code it cannot place, naming the file (the content check reports it first)', () => {
    expect(() => worldMap([{ id: 'zz', iso: 'ZZ' }])).toThrow('content/countries/zz.yaml: ZZ is not an ISO 3166-1 code the world map knows');
  });
});

describe('pathData', () => {
  it('writes whole, relative coordinates and drops points that round onto the previous one', () => {
    const line = { type: 'LineString' as const, coordinates: [[0, 0], [10, 0], [10.2, 0.1], [10, 5], [7, 2]] };
    expect(pathData(geoIdentity(), line)).toBe('M0 0l10 0l0 5l-3-3');
  });

  it('closes rings and starts each further ring relative to where the last one closed', () => {
    const two = {
      type: 'MultiPolygon' as const,
      coordinates: [[[[0, 0], [0, 4], [4, 4], [0, 0]]], [[[10, 10], [10, 12], [12, 12], [10, 10]]]],
    };
    expect(pathData(geoIdentity(), two)).toBe('M0 0l0 4l4 0zm10 10l0 2l2 0z');
  });
});
