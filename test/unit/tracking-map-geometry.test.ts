// The tracking map's pure parts: the journey read from a shipment, the sentence that says where the
// parcel is, the tile template, and the projection's geometry (fit, markers, raster tiles lined up
// with the slippy-map tile grid), and the hand-written geography under it: world-atlas's TopoJSON
// decoded, and the map drawn as d3-geo and topojson-client drew it before they were replaced
// (figures recorded from them), across the antimeridian too. The element itself is tested in
// Chromium (test/browser).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { type WorldAtlas, createMapKit } from '@suivi/components/tracking-map/map-kit';
import type { Place, Shipment, TrackingEvent } from '@suivi/model';
import { decodeArcs, polygonRings, sharedArcs } from '../../packages/components/src/tracking-map/geo/topojson-decode.ts';
import type { MapDrawing, MapPoint } from '../../packages/components/src/tracking-map/map-drawing.ts';
import { greatCircleKm, hasCoordinates, journeyOf, roundedKm } from '../../packages/components/src/tracking-map/journey.ts';
import { journeySentence } from '../../packages/components/src/tracking-map/journey-sentence.ts';
import { parseTileTemplate } from '../../packages/components/src/tracking-map/tile-template.ts';

const place = (city: string, country: string, lat: number | null, lng = 0): Place => ({
  city,
  region: null,
  country,
  coordinates: lat === null ? null : { lat, lng },
});

const LYON = place('Lyon', 'FR', 45.764, 4.8357);
const SAINT_PRIEST = place('Saint-Priest', 'FR', 45.6959, 4.9436);
const ROISSY = place('Roissy-en-France', 'FR', 49.0097, 2.5479);
const NANTES = place('Nantes', 'FR', 47.2184, -1.5536);
const REZE = place('Rezé', 'FR', 47.1833, -1.55);

let eventCount = 0;
const scan = (where: Place | null, status: TrackingEvent['status'] = 'in_transit'): TrackingEvent => ({
  id: `evt_${++eventCount}`,
  at: new Date(Date.UTC(2026, 10, 18, eventCount)).toISOString(),
  status,
  description: 'Scan',
  place: where,
});

function shipment(events: TrackingEvent[], overrides: Partial<Shipment> = {}): Shipment {
  return {
    id: 'shp_1',
    carrier: { code: 'colissimo', name: 'Colissimo', supported: true },
    trackingNumber: '6A0000000001',
    trackingUrl: null,
    lineItems: [],
    shippedAt: '2026-11-18T00:00:00.000Z',
    status: events.at(-1)?.status ?? 'confirmed',
    estimatedDelivery: null,
    deliveredAt: null,
    origin: LYON,
    destination: NANTES,
    events,
    ...overrides,
  };
}

/**
 * Great-circle kilometres as d3-geo's geoDistance × 6371.0088 gave them (recorded with d3-geo 3.1
 * before the kit dropped it), to check the element's own haversine against another's figures.
 */
const D3_KM: Record<string, number> = {
  'Lyon→Nantes': 514.9882,
  'Roissy-en-France→Nantes': 363.7752,
  'London→Montréal': 5220.8506,
  'Saint-Priest→Nantes': 525.5108,
};
const d3Km = (a: Place, b: Place) => D3_KM[`${a.city}→${b.city}`];

/** The standard slippy-map tile of a point at zoom z (OpenStreetMap's formula). */
function slippyTile(lat: number, lng: number, z: number): [number, number] {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [Math.floor(((lng + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n)];
}

describe('tracking map: journey', () => {
  it('measures great-circle distances like d3-geo does', () => {
    for (const [a, b] of [
      [LYON, NANTES],
      [ROISSY, NANTES],
      [place('London', 'GB', 51.5072, -0.1276), place('Montréal', 'CA', 45.5019, -73.5674)],
    ]) {
      assert.ok(Math.abs(greatCircleKm(a.coordinates!, b.coordinates!) - d3Km(a, b)) < 0.01);
    }
  });

  it('rounds distances as people say them', () => {
    assert.deepEqual([0.4, 7, 13, 96, 523, 999, 1234, 5349].map(roundedKm), [5, 5, 15, 95, 520, 1000, 1250, 5350]);
  });

  it('follows the scans: repeats of one spot once, the last place named, the distance from there', () => {
    const journey = journeyOf(shipment([scan(LYON, 'confirmed'), scan(LYON), scan(SAINT_PRIEST), scan(null), scan(ROISSY)]));
    assert.deepEqual(journey.travelled, [LYON.coordinates, SAINT_PRIEST.coordinates, ROISSY.coordinates]);
    assert.deepEqual(journey.position, ROISSY.coordinates);
    assert.equal(journey.place.city, 'Roissy-en-France');
    assert.ok(Math.abs(journey.remainingKm! - d3Km(ROISSY, NANTES)) < 0.01);
    assert.equal(journey.delivered, false);
  });

  it('starts at the origin before any scan, and knows when there is nothing to draw', () => {
    const before = journeyOf(shipment([]));
    assert.deepEqual(before.position, LYON.coordinates);
    assert.equal(before.place.city, 'Lyon');
    assert.equal(hasCoordinates(before), true);

    const blind = journeyOf(shipment([scan(place('Saint-Priest', 'FR', null))], { origin: place('Lyon', 'FR', null), destination: place('Nantes', 'FR', null) }));
    assert.equal(blind.position, null);
    assert.equal(blind.remainingKm, null);
    assert.equal(hasCoordinates(blind), false);
  });

  it('does not give a distance from a place without coordinates, even when an earlier scan had some', () => {
    const journey = journeyOf(shipment([scan(SAINT_PRIEST), scan(place('Orléans', 'FR', null))]));
    assert.deepEqual(journey.position, SAINT_PRIEST.coordinates, 'the marker stays at the last known point');
    assert.equal(journey.place.city, 'Orléans');
    assert.equal(journey.remainingKm, null);
  });
});

describe('tracking map: the sentence', () => {
  const say = (events: TrackingEvent[], locale: 'en' | 'fr', overrides: Partial<Shipment> = {}) =>
    journeySentence(journeyOf(shipment(events, overrides)), locale).replace(/[\u00a0\u202f]/g, ' ');

  it('says where the parcel is and about how far it still has to go', () => {
    const km = roundedKm(d3Km(SAINT_PRIEST, NANTES));
    assert.equal(say([scan(SAINT_PRIEST)], 'en'), `Your parcel is in Saint-Priest, France, about ${km} km from Nantes.`);
    assert.equal(say([scan(SAINT_PRIEST)], 'fr'), `Votre colis est à Saint-Priest, France, à environ ${km} km de Nantes.`);
  });

  it('says "less than 10 km" close by, and names the destination city once there', () => {
    assert.equal(say([scan(REZE)], 'en'), 'Your parcel is in Rezé, France, less than 10 km from Nantes.');
    assert.equal(say([scan(NANTES, 'out_for_delivery')], 'en'), 'Your parcel is in Nantes, France, the city it is being delivered to.');
    assert.equal(say([scan(NANTES, 'out_for_delivery')], 'fr'), 'Votre colis est à Nantes, France, sa ville de livraison.');
  });

  it('says where it was delivered, and where it is going when no distance is known', () => {
    assert.equal(say([scan(NANTES, 'delivered')], 'en'), 'Your parcel was delivered in Nantes, France.');
    assert.equal(say([scan(NANTES, 'delivered')], 'fr'), 'Votre colis a été livré à Nantes, France.');
    assert.equal(
      say([scan(place('Orléans', 'FR', null))], 'en', { destination: place('Nantes', 'FR', null) }),
      'Your parcel is in Orléans, France, on its way to Nantes, France.',
    );
  });
});

describe('tracking map: tile template', () => {
  it('takes only http(s) templates that name {z}, {x} and {y}', () => {
    assert.equal(parseTileTemplate(null), null);
    assert.equal(parseTileTemplate('https://tiles.example.com/{z}/{x}.png'), null);
    assert.equal(parseTileTemplate('javascript:alert(1)//{z}/{x}/{y}'), null);
    assert.equal(parseTileTemplate('data:image/png;base64,{z}{x}{y}'), null);
    const source = parseTileTemplate('https://tiles.example.com/{z}/{x}/{y}.png?key={z}', 17.6)!;
    assert.equal(source.maxZoom, 17);
    assert.equal(source.href(6, 32, 22), 'https://tiles.example.com/6/32/22.png?key=6');
  });
});

describe('tracking map: projection', () => {
  const frame = { width: 640, height: 400, padding: 40, tiles: null };

  it('fits the whole journey inside the frame, padding kept, origin to position to destination', () => {
    const kit = createMapKit(null);
    const drawing = kit.draw(journeyOf(shipment([scan(LYON), scan(ROISSY)])), frame);
    for (const point of [drawing.origin!, drawing.position!, drawing.destination!]) {
      assert.ok(point.x >= frame.padding - 0.5 && point.x <= frame.width - frame.padding + 0.5, `x ${point.x}`);
      assert.ok(point.y >= frame.padding - 0.5 && point.y <= frame.height - frame.padding + 0.5, `y ${point.y}`);
    }
    assert.ok(drawing.position!.y < drawing.origin!.y, 'Roissy is north of Lyon');
    assert.ok(drawing.destination!.x < drawing.origin!.x, 'Nantes is west of Lyon');
    assert.match(drawing.travelled!, new RegExp(`^M${drawing.origin!.x.toFixed(1).replace(/\.0$/, '')}`));
    assert.ok(drawing.ahead, 'the way still to go');
    assert.equal(drawing.land, null, 'no outlines in this kit');
  });

  it('keeps a country around a journey that never left town', () => {
    const drawing = createMapKit(null).draw(journeyOf(shipment([scan(SAINT_PRIEST)], { destination: LYON })), frame);
    const apart = Math.hypot(drawing.position!.x - drawing.destination!.x, drawing.position!.y - drawing.destination!.y);
    assert.ok(apart < 40, `10 km is not half the map (${apart.toFixed(1)} px)`);
  });

  it('leaves out the way ahead once delivered, and stops too close to a marker to tell apart', () => {
    // Delivered to a pick-up point in Rezé, next to Nantes: nothing left to travel all the same.
    const drawing = createMapKit(null).draw(journeyOf(shipment([scan(LYON), scan(SAINT_PRIEST), scan(ROISSY), scan(REZE, 'delivered')])), frame);
    assert.equal(drawing.ahead, null);
    assert.equal(drawing.stops.length, 1, 'Roissy; Saint-Priest is on top of Lyon at this scale');
  });

  it('samples the great circle between two places for the marker to travel along', () => {
    const drawing = createMapKit(null).draw(journeyOf(shipment([scan(SAINT_PRIEST)])), frame);
    const track = drawing.track(SAINT_PRIEST.coordinates!, ROISSY.coordinates!, 8);
    assert.equal(track.length, 9);
    assert.ok(track.every((point, index) => index === 0 || point.y < track[index - 1].y), 'northwards all the way');
  });

  it('lays raster tiles on the slippy-map grid, in the same projection as the markers', () => {
    const tiles = parseTileTemplate('https://tiles.example.com/{z}/{x}/{y}.png')!;
    const drawing = createMapKit(null).draw(journeyOf(shipment([scan(SAINT_PRIEST)])), { ...frame, tiles });
    assert.ok(drawing.tiles.length > 0 && drawing.tiles.length <= 48);
    const z = Number(drawing.tiles[0].href.split('/')[3]);
    for (const [where, point] of [
      [SAINT_PRIEST, drawing.position!],
      [NANTES, drawing.destination!],
    ] as const) {
      const under = drawing.tiles.find((tile) => point.x >= tile.x && point.x < tile.x + tile.size && point.y >= tile.y && point.y < tile.y + tile.size);
      assert.ok(under, `a tile under ${where.city}`);
      const [x, y] = slippyTile(where.coordinates!.lat, where.coordinates!.lng, z);
      assert.equal(under.href, `https://tiles.example.com/${z}/${x}/${y}.png`, where.city);
    }
    // Tiles cover the whole frame, and are close to their native 256 pixels.
    assert.ok(drawing.tiles[0].size > 128 && drawing.tiles[0].size < 512);
    const right = Math.max(...drawing.tiles.map((tile) => tile.x + tile.size));
    const bottom = Math.max(...drawing.tiles.map((tile) => tile.y + tile.size));
    assert.ok(Math.min(...drawing.tiles.map((tile) => tile.x)) <= 0 && right >= frame.width);
    assert.ok(Math.min(...drawing.tiles.map((tile) => tile.y)) <= 0 && bottom >= frame.height);
  });
});

const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as WorldAtlas;

describe('tracking map: world-atlas decoded', () => {
  // Expected figures recorded from topojson-client 3.1 on world-atlas 2.0.2's countries-110m.json:
  // feature(atlas, atlas.objects.land) and, for the borders, the arcs mesh(atlas, countries, (a, b) => a !== b)
  // keeps before stitching them into 159 lines.
  const arcs = decodeArcs(atlas);

  it('decodes every arc, quantized and delta-encoded, to longitudes and latitudes', () => {
    assert.equal(arcs.length, 595);
    for (const arc of arcs) {
      for (const [lng, lat] of arc) assert.ok(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90, `${lng}, ${lat}`);
    }
  });

  it('joins the land polygons’ arcs into closed rings, as topojson-client does', () => {
    const rings = polygonRings(arcs, atlas.objects.land);
    assert.equal(rings.length, 125, '124 polygons, one of them with a hole');
    assert.equal(rings.reduce((sum, ring) => sum + ring.length, 0), 5127, 'each joint between two arcs counted once');
    assert.equal(rings[0].length, 9);
    const expected = [
      [178.12438124381248, -17.505557252327606],
      [178.37278372783732, -17.339686509201073],
      [178.71838718387187, -17.629114030370843],
    ];
    rings[0].slice(0, 3).forEach(([lng, lat], index) => {
      assert.ok(Math.abs(lng - expected[index][0]) < 1e-9 && Math.abs(lat - expected[index][1]) < 1e-9, `point ${index}`);
    });
    for (const ring of rings) assert.deepEqual(ring.at(-1), ring[0], 'closed');
  });

  it('keeps as borders the arcs two different countries share, and no coastline', () => {
    const borders = sharedArcs(arcs, atlas.objects.countries);
    assert.equal(borders.length, 326);
    const coastline = polygonRings(arcs, atlas.objects.land).flat();
    // A coastline point may end a border (where it meets the sea), but no border runs along the coast.
    const onCoast = new Set(coastline.map(([lng, lat]) => `${lng},${lat}`));
    const alongCoast = borders.filter((arc) => arc.every(([lng, lat]) => onCoast.has(`${lng},${lat}`)) && arc.length > 2);
    assert.deepEqual(alongCoast, []);
  });
});

/** Rings of an SVG path made of M…L…Z sub-paths. */
function ringsOf(path: string): MapPoint[][] {
  return path
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace('Z', '')
        .split('L')
        .map((pair) => {
          const [x, y] = pair.split(',').map(Number);
          return { x, y };
        }),
    );
}

/** Non-zero winding of the land path around `point`, as SVG fills it: 0 is sea. */
function winding(path: string, point: MapPoint): number {
  let turns = 0;
  for (const ring of ringsOf(path)) {
    for (let index = 0; index < ring.length; index++) {
      const a = ring[index];
      const b = ring[(index + 1) % ring.length];
      const side = (b.x - a.x) * (point.y - a.y) - (point.x - a.x) * (b.y - a.y);
      if (a.y <= point.y && b.y > point.y && side > 0) turns++;
      else if (a.y > point.y && b.y <= point.y && side < 0) turns--;
    }
  }
  return turns;
}

/** Where a place falls on a drawn map: a track that goes nowhere is the place itself. */
const where = (drawing: MapDrawing, lng: number, lat: number): MapPoint => drawing.track({ lat, lng }, { lat, lng }, 1)[0];

/** Numbers of a path, in pairs. */
const pointsOf = (path: string) => ringsOf(path).flat();

describe('tracking map: drawn as d3-geo drew it', () => {
  const frame = { width: 640, height: 400, padding: 40, tiles: null };
  const LONDON = place('London', 'GB', 51.5072, -0.1276);
  const MISSISSAUGA = place('Mississauga', 'CA', 43.6777, -79.6248);
  const MONTREAL = place('Montréal', 'CA', 45.5019, -73.5674);
  const near = (actual: MapPoint | null, [x, y]: [number, number], label: string) => {
    assert.ok(actual, label);
    assert.ok(Math.hypot(actual.x - x, actual.y - y) < 0.5, `${label}: (${actual.x}, ${actual.y}), d3-geo (${x}, ${y})`);
  };

  // Expected points recorded from the kit when it was d3-geo's geoMercator().fitExtent(…) with the
  // same fit target (the route as a LineString and the minimum box as a MultiPoint), 640 × 400,
  // padding 40, before d3-geo was replaced.
  it('places the cities of a journey in France where d3-geo did, within half a pixel', () => {
    const drawing = createMapKit(atlas).draw(journeyOf(shipment([scan(LYON), scan(ROISSY)])), frame);
    near(drawing.origin, [473.675, 316.996], 'Lyon');
    near(drawing.position, [363.623, 86.286], 'Roissy');
    near(drawing.destination, [166.325, 215.366], 'Nantes');
    assert.ok(winding(drawing.land!, drawing.origin!) !== 0, 'Lyon is on land');
    assert.equal(winding(drawing.land!, where(drawing, -5, 46)), 0, 'the Bay of Biscay is sea');
  });

  it('fits a journey across the Atlantic and bends it along its great circle, as d3-geo did', () => {
    const drawing = createMapKit(atlas).draw(journeyOf(shipment([scan(LONDON), scan(MISSISSAUGA)], { origin: LONDON, destination: MONTREAL })), frame);
    near(drawing.origin, [600, 182.946], 'London');
    near(drawing.position, [40, 264.945], 'Mississauga');
    near(drawing.destination, [82.67, 246.898], 'Montréal');
    const d3Track: [number, number][] = [
      [600, 182.946],
      [453.726, 139.639],
      [294.884, 143.394],
      [152.444, 192.174],
      [40, 264.945],
    ];
    drawing.track(LONDON.coordinates!, MISSISSAUGA.coordinates!, 4).forEach((point, index) => near(point, d3Track[index], `track ${index}`));
    // d3-geo's path for the same LineString: the curve resampled to within √0.5 px, 17 points.
    const d3Route =
      'M600,182.9L565.9,168.6L530,156.4L492.5,146.6L453.7,139.6L414,135.7L374,135.1L334.1,137.6L294.9,143.4L256.8,152.1L220.2,163.3L185.4,176.8L152.4,192.2L121.5,209L92.5,226.9L65.4,245.6L40,264.9';
    const route = pointsOf(drawing.travelled!);
    const expected = pointsOf(d3Route);
    assert.equal(route.length, expected.length);
    route.forEach((point, index) => near(point, [expected[index].x, expected[index].y], `route point ${index}`));
  });

  it('keeps land within the frame (cut at its edge) and borders near it', () => {
    const drawing = createMapKit(atlas).draw(journeyOf(shipment([scan(LYON), scan(ROISSY)])), frame);
    for (const { x, y } of pointsOf(drawing.land!)) {
      assert.ok(x >= -2.1 && x <= frame.width + 2.1 && y >= -2.1 && y <= frame.height + 2.1, `land at (${x}, ${y})`);
    }
    assert.ok(drawing.land!.length < 1000, `France's neighbourhood, not Eurasia's coast (${drawing.land!.length} characters)`);
    assert.ok(drawing.borders!.length < 1000, `${drawing.borders!.length} characters`);
  });
});

describe('tracking map: across the antimeridian', () => {
  const frame = { width: 640, height: 400, padding: 40, tiles: null };
  const TOKYO = place('Tokyo', 'JP', 35.6762, 139.6503);
  const ANCHORAGE = place('Anchorage', 'US', 61.2181, -149.9003);
  const LOS_ANGELES = place('Los Angeles', 'US', 34.0522, -118.2437);
  const pacific = () =>
    createMapKit(atlas).draw(journeyOf(shipment([scan(TOKYO), scan(ANCHORAGE)], { origin: TOKYO, destination: LOS_ANGELES })), frame);

  // d3-geo drew this journey on a whole-world map centred on Greenwich, with the route cut at
  // 180° into two pieces on either edge; the map is now turned to the journey's middle.
  it('centres the map on the Pacific: Tokyo west, Anchorage and Los Angeles east, all inside the padding', () => {
    const drawing = pacific();
    for (const [name, point] of [
      ['Tokyo', drawing.origin],
      ['Anchorage', drawing.position],
      ['Los Angeles', drawing.destination],
    ] as const) {
      assert.ok(point && point.x >= frame.padding - 0.5 && point.x <= frame.width - frame.padding + 0.5, `${name} x ${point?.x}`);
      assert.ok(point.y >= frame.padding - 0.5 && point.y <= frame.height - frame.padding + 0.5, `${name} y ${point.y}`);
    }
    assert.ok(drawing.origin!.x < drawing.position!.x && drawing.position!.x < drawing.destination!.x, 'west to east across the Pacific');
    assert.ok(drawing.position!.x - drawing.origin!.x > frame.width / 2, 'the ocean fills the map, not the whole world');
  });

  it('draws the route in one piece, along its great circle north by the Aleutians', () => {
    const drawing = pacific();
    const route = pointsOf(drawing.travelled!);
    assert.equal(drawing.travelled!.split('M').length - 1, 1, 'one sub-path');
    for (let index = 1; index < route.length; index++) {
      assert.ok(Math.abs(route[index].x - route[index - 1].x) < 100, `no jump across the map at point ${index}`);
    }
    // North of the straight line from Tokyo to Anchorage (smaller y is further north), well inside it.
    const [start, end] = [route[0], route.at(-1)!];
    const chordY = (x: number) => start.y + ((x - start.x) * (end.y - start.y)) / (end.x - start.x);
    const inside = route.slice(1, -1);
    assert.ok(inside.length > 0 && inside.every((point) => chordY(point.x) - point.y > 10), 'the great circle runs north of the straight line');
    const ahead = pointsOf(drawing.ahead!);
    assert.ok(ahead.length > 1 && Math.abs(ahead[0].x - drawing.position!.x) < 0.1, 'the way ahead starts at Anchorage');
  });

  it('fills land on both sides of 180° (Chukotka whole), and leaves the ocean as sea', () => {
    const drawing = pacific();
    const land = drawing.land!;
    for (const [lng, lat, name] of [
      [179, 66.5, 'Chukotka west of 180°'],
      [-178, 66.5, 'Chukotka east of 180°'],
      [-150, 62, 'Alaska'],
      [139.65, 35.68, 'Tokyo'],
    ] as const) {
      assert.notEqual(winding(land, where(drawing, lng, lat)), 0, name);
    }
    for (const [lng, lat, name] of [
      [180, 45, 'the North Pacific at 180°'],
      [-160, 40, 'the Pacific north-east of Hawaii'],
      [165, 50, 'the Pacific east of Kamchatka'],
    ] as const) {
      assert.equal(winding(land, where(drawing, lng, lat)), 0, name);
    }
    const borders = pointsOf(drawing.borders!);
    assert.ok(borders.length > 0, 'the border between Canada and Alaska');
  });

  it('fills Antarctica, which world-atlas draws as one ring around the pole, when the seam crosses it', () => {
    // Hobart to Dumont d'Urville: the map's seam is at 36° W, through Antarctica.
    const HOBART = place('Hobart', 'AU', -42.8821, 147.3272);
    const DUMONT = place("Dumont d'Urville", 'AQ', -66.6628, 140.0014);
    const drawing = createMapKit(atlas).draw(journeyOf(shipment([scan(HOBART)], { origin: HOBART, destination: DUMONT })), frame);
    assert.notEqual(winding(drawing.land!, where(drawing, 138, -67.5)), 0, 'Adélie Land is land');
    assert.notEqual(winding(drawing.land!, where(drawing, 130, -67.2)), 0, 'Wilkes Land is land');
    assert.notEqual(winding(drawing.land!, where(drawing, 147.3, -42.9)), 0, 'Tasmania is land');
    assert.equal(winding(drawing.land!, where(drawing, 145, -55)), 0, 'the Southern Ocean is sea');
  });

  it('closes a ring that goes around a pole along the pole, not along itself', () => {
    // A cap over the North Pole, north of 72° N, written as TopoJSON rings around a pole often are:
    // once around at one latitude (and with absolute positions: no transform). Closed along
    // itself, it would have no area at all.
    const cap: WorldAtlas = {
      type: 'Topology',
      arcs: [
        [
          [-180, 72],
          [-90, 72],
          [0, 72],
          [90, 72],
          [180, 72],
        ],
      ],
      objects: {
        land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] },
        countries: { type: 'GeometryCollection', geometries: [] },
      },
    };
    const LONGYEARBYEN = place('Longyearbyen', 'NO', 78.2232, 15.6267);
    const HAMMERFEST = place('Hammerfest', 'NO', 70.6634, 23.6821);
    const drawing = createMapKit(cap).draw(journeyOf(shipment([scan(LONGYEARBYEN)], { origin: LONGYEARBYEN, destination: HAMMERFEST })), frame);
    assert.ok(drawing.land, 'the cap is drawn');
    assert.notEqual(winding(drawing.land, drawing.origin!), 0, 'Longyearbyen, at 78° N, is under the cap');
    assert.equal(winding(drawing.land, drawing.destination!), 0, 'Hammerfest, at 70.7° N, is not');
  });

  it('lays tiles on the slippy-map grid across 180°, wrapping the column numbers', () => {
    const tiles = parseTileTemplate('https://tiles.example.com/{z}/{x}/{y}.png')!;
    const drawing = createMapKit(null).draw(journeyOf(shipment([scan(TOKYO), scan(ANCHORAGE)], { origin: TOKYO, destination: LOS_ANGELES })), {
      ...frame,
      tiles,
    });
    const z = Number(drawing.tiles[0].href.split('/')[3]);
    for (const [place, point] of [
      [TOKYO, drawing.origin!],
      [ANCHORAGE, drawing.position!],
    ] as const) {
      const under = drawing.tiles.find((tile) => point.x >= tile.x && point.x < tile.x + tile.size && point.y >= tile.y && point.y < tile.y + tile.size);
      const [x, y] = slippyTile(place.coordinates!.lat, place.coordinates!.lng, z);
      assert.equal(under?.href, `https://tiles.example.com/${z}/${x}/${y}.png`, place.city);
    }
  });
});
