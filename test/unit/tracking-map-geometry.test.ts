// The tracking map's pure parts: the journey read from a shipment, the sentence that says where the
// parcel is, the tile template, and the projection's geometry (fit, markers, raster tiles lined up
// with the slippy-map tile grid). The element itself is tested in Chromium (test/browser).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMapKit } from '@suivi/components/tracking-map/map-kit';
import type { Place, Shipment, TrackingEvent } from '@suivi/model';
import { geoDistance } from 'd3-geo';
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

const d3Km = (a: Place, b: Place) =>
  geoDistance([a.coordinates!.lng, a.coordinates!.lat], [b.coordinates!.lng, b.coordinates!.lat]) * 6371.0088;

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
