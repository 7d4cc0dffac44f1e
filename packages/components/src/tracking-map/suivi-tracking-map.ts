import type { Coordinates, DeliveryStatus, Shipment } from '@suivi/model';
import { LitElement, type PropertyValues, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatCalendarDay, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { type Translate, translator } from '../i18n/messages.ts';
import { DELIVERY_LABELS } from '../i18n/status-messages.ts';
import { formatPlace } from '../shared/format-place.ts';
import { deliveryTone, toneGlyph } from '../shared/status-tone.ts';
import { webLinkOrNull } from '../shared/web-link.ts';
import { toneStyles } from '../styles/tones.ts';
import { trackingStyles } from '../styles/tracking.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { copyText, selectText } from '../shared/copy-text.ts';
import { type Journey, hasCoordinates, journeyOf } from './journey.ts';
import { journeySentence } from './journey-sentence.ts';
import type { MapDrawing, MapKit, MapKitLoader, MapPoint } from './map-drawing.ts';
import { loadDefaultMapKit } from './map-loader.ts';
import { trackingMapMessages } from './messages.ts';
import { trackingMapStyles } from './styles.ts';
import { DEFAULT_MAX_TILE_ZOOM, type TileSource, parseTileTemplate } from './tile-template.ts';

type Messages = Translate<(typeof trackingMapMessages)['en']>;

/** waiting: not yet in view; loading: map code on its way; ready: drawn; failed: the card goes on without it. */
type MapState = 'waiting' | 'loading' | 'ready' | 'failed';

/** Room kept around the journey inside the map, in CSS pixels, so markers and labels are never cut. */
const MAP_PADDING = 44;
/** How long the marker takes to travel to a new scan. */
const MOVE_MS = 1200;
/** Points sampled along the great circle for the marker's path (a long arc curves on Mercator). */
const MOVE_SAMPLES = 32;
/** How long "Copied" stays on screen. */
const COPIED_MS = 4000;
/** Start loading a little before the map scrolls into view. */
const LOAD_AHEAD = '200px';
/** Closer than this (CSS pixels) to the destination and the parcel is drawn inside the destination's pin. */
const ARRIVED_PX = 14;
/** Height of the destination pin's head above its point. */
const PIN_HEAD = 17;

/**
 * Where the parcel's marker rests: on its position, or in the head of the destination's pin
 * once it is in the destination city, so the two markers never sit on top of each other.
 */
function markerRest(drawing: MapDrawing): { point: MapPoint; arrived: boolean } | null {
  const { position, destination } = drawing;
  if (!position) return null;
  if (destination && Math.hypot(position.x - destination.x, position.y - destination.y) < ARRIVED_PX) {
    return { point: { x: destination.x, y: destination.y - PIN_HEAD }, arrived: true };
  }
  return { point: position, arrived: false };
}

let nextId = 0;

/**
 * One card per shipment: the carrier, the tracking number with a copy button, a link to the
 * carrier's own tracking page, the delivery status, the estimated delivery and the latest
 * scan, and a map of the parcel's journey: where it left from, the places it was scanned,
 * where it is now and the city it is going to (never the street). A sentence under the map
 * says where the parcel is and how far it still has to go, for everyone and for screen readers.
 *
 * The map needs no network, no API key and no tile server: Natural Earth country outlines
 * (world-atlas, 1:110m) projected with Web Mercator and drawn as SVG. That code and data are loaded
 * with a dynamic `import()` the first time a card's map comes near the viewport, so a page
 * without a map never downloads them; meanwhile a placeholder of the same size holds the
 * place, and if loading fails the card stays whole with a short message instead of the map.
 * When a newer `shipment` arrives with the parcel somewhere else, the marker travels there
 * along its great circle, or jumps there when the reader prefers reduced motion.
 *
 * An unsupported carrier (no live status) gets no map and no made-up status: the tracking
 * number, the copy button and the link to the carrier. A shipment without any coordinates
 * gets the sentence and no map.
 *
 * **Street-level tiles (extension point).** Set `tile-url` to a raster tile template in the
 * usual slippy-map form, `https://tiles.example.com/{z}/{x}/{y}.png` (Web Mercator, 256-pixel
 * tiles, y from the top), and `tile-attribution` to the credit the provider requires: the
 * tiles are drawn under the route in the same projection, at the zoom that matches the map,
 * and the country outlines are not loaded. Use `tile-max-zoom` when the source stops below 19.
 * Only http(s) templates are used. With no `tile-url` (the default) the map makes no request
 * to anyone. To draw other vector data, e.g. world-atlas's finer countries-50m (about 240 kB
 * gzipped instead of 40), give the element a loader of your own:
 *
 * ```js
 * card.mapLoader = async () => {
 *   const [{ createMapKit }, atlas] = await Promise.all([
 *     import('@suivi/components/tracking-map/map-kit'),
 *     import('world-atlas/countries-50m.json'),
 *   ]);
 *   return createMapKit(atlas.default);
 * };
 * ```
 *
 * @summary A shipment's tracking card with a lazily loaded map of its journey.
 *
 * @csspart card - The card (not rendered with `map-only`).
 * @csspart title - The card's heading ("Your parcel with Colissimo").
 * @csspart badge - The delivery status badge.
 * @csspart facts - The list of facts: tracking number, estimated delivery, latest update.
 * @csspart tracking-number - The tracking number itself.
 * @csspart copy-button - The button that copies the tracking number.
 * @csspart copy-status - The polite status that says the number was copied (or how to copy it).
 * @csspart tracking-link - The link to the carrier's tracking page.
 * @csspart untracked - The sentence shown for a carrier without live tracking.
 * @csspart map - The map's figure (map, caption and legend).
 * @csspart map-frame - The box the map is drawn in; holds the loading placeholder until then.
 * @csspart map-svg - The map's SVG.
 * @csspart map-message - The message shown when the map could not be loaded.
 * @csspart caption - Where the parcel is and how far it still has to go.
 * @csspart legend - The key to the map's symbols.
 * @csspart tiles-credit - The tile provider's credit, when `tile-url` is set.
 *
 * @cssproperty --suivi-tracking-map-background - The card's background. Defaults to the surface colour.
 * @cssproperty --suivi-tracking-map-sea - Colour of the sea (and of the map while it loads).
 * @cssproperty --suivi-tracking-map-land - Colour of land.
 * @cssproperty --suivi-tracking-map-border - Colour of the borders between countries.
 * @cssproperty --suivi-tracking-map-route - Colour of the route, the parcel and the destination.
 * @cssproperty --suivi-tracking-map-aspect-ratio - Width to height of the map. Defaults to 16 / 10 (4 / 3 when narrow).
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviTrackingMap extends LitElement {
  static override styles = [tokens, buttonStyles, toneStyles, trackingStyles, trackingMapStyles];

  /** The shipment to show. Replace it (a new object) when a tracking event arrives: the marker moves. */
  @property({ attribute: false }) shipment: Shipment | undefined;

  /** Level (1–6) of the card's heading, so the card fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Only the map and its sentence, for a page that shows the carrier, number, link and status around it. */
  @property({ type: Boolean, attribute: 'map-only', reflect: true }) mapOnly = false;

  /** Raster tile template (`https://…/{z}/{x}/{y}.png`) drawn under the route; none by default. */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;

  /** The credit the tile provider requires, shown under the map when `tile-url` is set. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;

  /** The highest zoom level the tile source serves. */
  @property({ type: Number, attribute: 'tile-max-zoom' }) tileMaxZoom = DEFAULT_MAX_TILE_ZOOM;

  /**
   * Loads the map code and outlines. The default imports the projection code and world-atlas's
   * 1:110m countries lazily; replace it to draw other data, or in tests to make loading fail.
   */
  @property({ attribute: false }) mapLoader: MapKitLoader = loadDefaultMapKit;

  @state() private mapState: MapState = 'waiting';
  @state() private frameSize = { width: 0, height: 0 };
  /** What the copy status says: empty, "Copied", or how to copy by hand. */
  @state() private copyMessage = '';

  private readonly localeCtl = new LocaleController(this);
  private readonly ids = `suivi-tracking-map-${++nextId}`;

  private journey: Journey | null = null;
  private kit: MapKit | null = null;
  /** Whether the loaded kit has outlines; a kit for tiles has none. */
  private kitHasOutlines = false;
  private drawing: MapDrawing | null = null;
  /** Where the marker was last drawn, and for which shipment, to move it from there when the parcel moves on. */
  private drawnPosition: { shipmentId: string; at: Coordinates } | null = null;
  private pendingMove: { from: Coordinates; to: Coordinates } | null = null;
  private markerAnimation: Animation | null = null;

  private observedFrame: Element | null = null;
  private visibility: IntersectionObserver | null = null;
  private resizing: ResizeObserver | null = null;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The tile source in use, or null (the default: outlines only, no requests). */
  private get tiles(): TileSource | null {
    return parseTileTemplate(this.tileUrl, this.tileMaxZoom);
  }

  private get showsMap(): boolean {
    return this.shipment?.status != null && this.journey !== null && hasCoordinates(this.journey);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Observers are dropped on disconnect; the next update finds the frame again.
    this.observedFrame = null;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopObserving();
    this.markerAnimation?.cancel();
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('shipment')) {
      this.journey = this.shipment ? journeyOf(this.shipment) : null;
      if (!this.showsMap) this.drawnPosition = null;
    }
    if ((changed.has('tileUrl') || changed.has('tileMaxZoom')) && this.kit && this.kitHasOutlines !== !this.tiles) {
      // Switching between outlines and tiles needs the other kit.
      this.kit = null;
      this.mapState = 'waiting';
    }
    // Only what changes the drawing redraws it (not a copy confirmation or a language switch).
    const inputs = ['shipment', 'frameSize', 'mapState', 'tileUrl', 'tileMaxZoom'] as (keyof SuiviTrackingMap)[];
    if (!inputs.some((input) => changed.has(input))) return;
    const shipment = this.shipment;
    this.drawing =
      this.kit && shipment && this.showsMap && this.frameSize.width > 0 ? this.draw(this.kit, shipment, this.journey as Journey) : null;
  }

  private draw(kit: MapKit, shipment: Shipment, journey: Journey): MapDrawing {
    const drawing = kit.draw(journey, { ...this.frameSize, padding: MAP_PADDING, tiles: this.tiles });
    const to = journey.position;
    const before = this.drawnPosition;
    // A move only within one parcel: another shipment in the same element is a new map, not a journey.
    if (before && to && before.shipmentId === shipment.id && (before.at.lat !== to.lat || before.at.lng !== to.lng)) {
      this.pendingMove = { from: before.at, to };
    }
    this.drawnPosition = to ? { shipmentId: shipment.id, at: to } : null;
    return drawing;
  }

  protected override updated() {
    this.watchFrame();
    if (this.pendingMove) {
      const move = this.pendingMove;
      this.pendingMove = null;
      this.moveMarker(move.from, move.to);
    }
  }

  /** Starts loading when the map comes near the viewport, and keeps its size measured. */
  private watchFrame() {
    const frame = this.renderRoot.querySelector('.frame');
    if (frame === this.observedFrame) return;
    this.stopObserving();
    this.observedFrame = frame;
    if (!frame) return;
    this.resizing = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      if (width !== this.frameSize.width || height !== this.frameSize.height) this.frameSize = { width, height };
    });
    this.resizing.observe(frame);
    if (this.mapState !== 'waiting') return;
    if (typeof IntersectionObserver === 'undefined') {
      void this.loadMap();
      return;
    }
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.visibility?.disconnect();
        this.visibility = null;
        void this.loadMap();
      },
      { rootMargin: LOAD_AHEAD },
    );
    this.visibility.observe(frame);
  }

  private stopObserving() {
    this.visibility?.disconnect();
    this.resizing?.disconnect();
    this.visibility = null;
    this.resizing = null;
  }

  private async loadMap() {
    if (this.mapState === 'loading' || this.mapState === 'ready') return;
    this.mapState = 'loading';
    const outlines = !this.tiles;
    try {
      const kit = await this.mapLoader({ outlines });
      this.kit = kit;
      this.kitHasOutlines = outlines;
      this.mapState = 'ready';
    } catch (error) {
      // The card keeps working without its map; the reason is for the site's developers.
      console.warn('<suivi-tracking-map>: the map could not be loaded', error);
      this.mapState = 'failed';
    }
  }

  /** Moves the parcel's marker along its great circle, unless the reader prefers reduced motion. */
  private moveMarker(from: Coordinates, to: Coordinates) {
    this.markerAnimation?.cancel();
    this.markerAnimation = null;
    const marker = this.renderRoot.querySelector<SVGGElement>('.position');
    if (!marker || !this.drawing || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const track = this.drawing.track(from, to, MOVE_SAMPLES);
    const rest = markerRest(this.drawing);
    if (track.length < 2 || !rest) return;
    track[track.length - 1] = rest.point;
    this.markerAnimation = marker.animate(
      track.map((point) => ({ transform: `translate(${point.x}px, ${point.y}px)` })),
      { duration: MOVE_MS, easing: 'ease-in-out' },
    );
  }

  private async copyNumber() {
    const number = this.shipment?.trackingNumber;
    if (!number) return;
    const t = translator(trackingMapMessages, this.localeCtl.locale);
    // Emptied first, so copying twice is announced twice.
    this.copyMessage = '';
    await this.updateComplete;
    const copied = await copyText(number);
    if (!copied) {
      const numberNode = this.renderRoot.querySelector('.tracking-number');
      if (numberNode) selectText(numberNode);
    }
    this.copyMessage = copied ? t('copied') : t('copyFailed');
    clearTimeout(this.copiedTimer);
    if (copied) this.copiedTimer = setTimeout(() => (this.copyMessage = ''), COPIED_MS);
  }

  override render() {
    const shipment = this.shipment;
    if (!shipment) return nothing;
    const locale = this.localeCtl.locale;
    const t = translator(trackingMapMessages, locale);
    if (this.mapOnly) return this.renderJourney(shipment, locale, t);
    const titleId = `${this.ids}-title`;
    const status = shipment.status;
    return html`<article part="card" class="card" aria-labelledby=${titleId}>
      <header class="header">
        <div part="title" class="title" role="heading" aria-level=${this.level} id=${titleId}>
          ${t('title', { carrier: shipment.carrier.name })}
        </div>
        ${status ? this.renderBadge(status, locale, t) : nothing}
      </header>
      <dl part="facts" class="facts">
        ${this.renderTrackingNumber(shipment, t)} ${status ? this.renderDelivery(shipment, status, locale, t) : nothing}
        ${status ? this.renderLatest(shipment, locale, t) : nothing}
      </dl>
      <div part="copy-status" class="copy-status" role="status" aria-live="polite">${this.copyMessage}</div>
      ${this.renderLink(shipment, t)}
      ${status ? this.renderJourney(shipment, locale, t) : html`<p part="untracked" class="untracked">${t('untracked')}</p>`}
    </article>`;
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)));
  }

  private renderBadge(status: DeliveryStatus, locale: Locale, t: Messages) {
    const tone = deliveryTone(status);
    return html`<p class="status">
      <span class="visually-hidden">${t('statusLabel')}</span>
      <span part="badge" class="badge tone-${tone}"><span aria-hidden="true">${toneGlyph(tone)}</span>${DELIVERY_LABELS[locale][status]}</span>
    </p>`;
  }

  private renderTrackingNumber(shipment: Shipment, t: Messages) {
    const number = shipment.trackingNumber;
    return html`<div class="fact">
      <dt>${t('trackingNumberLabel')}</dt>
      <dd class="number-line">
        ${number
          ? html`<span part="tracking-number" class="tracking-number">${number}</span>
              <button part="copy-button" class="button secondary copy" type="button" @click=${this.copyNumber}>
                ${t('copy')}<span class="visually-hidden"> ${t('copyWhat')}</span>
              </button>`
          : t('noTrackingNumber')}
      </dd>
    </div>`;
  }

  private renderDelivery(shipment: Shipment, status: DeliveryStatus, locale: Locale, t: Messages) {
    if (status === 'delivered') {
      const at = shipment.deliveredAt ?? shipment.events.at(-1)?.at;
      if (!at) return nothing;
      return html`<div class="fact">
        <dt>${t('deliveredLabel')}</dt>
        <dd><time datetime=${at}>${formatDateTime(at, locale)}</time></dd>
      </div>`;
    }
    if (status === 'exception' || !shipment.estimatedDelivery) return nothing;
    return html`<div class="fact">
      <dt>${t('estimatedDeliveryLabel')}</dt>
      <dd><time datetime=${shipment.estimatedDelivery}>${formatCalendarDay(shipment.estimatedDelivery, locale)}</time></dd>
    </div>`;
  }

  /** The carrier's latest scan: when, in the carrier's own words (inert text), and where. */
  private renderLatest(shipment: Shipment, locale: Locale, t: Messages) {
    const latest = shipment.events.at(-1);
    if (!latest) return nothing;
    return html`<div class="fact latest">
      <dt>${t('lastUpdateLabel')}</dt>
      <dd>
        <time datetime=${latest.at}>${formatDateTime(latest.at, locale)}</time>
        <span class="event-description">${latest.description}</span>
        ${latest.place ? html`<span class="event-place">${formatPlace(latest.place, locale)}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderLink(shipment: Shipment, t: Messages) {
    const href = webLinkOrNull(shipment.trackingUrl);
    if (!href) return nothing;
    return html`<p class="link-line">
      <a part="tracking-link" class="tracking-link" href=${href} target="_blank" rel="noopener noreferrer"
        >${t('trackLink', { carrier: shipment.carrier.name })}<span class="visually-hidden"> ${t('opensInNewTab')}</span
        ><span class="external" aria-hidden="true">↗</span></a
      >
    </p>`;
  }

  /** The map with its sentence, or the sentence alone when nothing can be placed on a map. */
  private renderJourney(shipment: Shipment, locale: Locale, t: Messages) {
    const journey = this.journey;
    if (shipment.status === null || !journey) return nothing;
    const sentence = journeySentence(journey, locale);
    if (!this.showsMap) return html`<p part="caption" class="caption">${sentence}</p>`;
    const failed = this.mapState === 'failed';
    return html`<figure part="map" class="map">
      ${failed
        ? html`<p part="map-message" class="map-message">${t('mapFailed')}</p>`
        : html`<div part="map-frame" class="frame">
            ${this.drawing ? this.renderMap(this.drawing, journey, locale, t) : this.renderPlaceholder(t)}
          </div>`}
      <figcaption part="caption" class="caption">${sentence}</figcaption>
      ${this.drawing ? this.renderLegend(this.drawing, t) : nothing}
      ${this.drawing && this.tiles && this.tileAttribution
        ? html`<p part="tiles-credit" class="tiles-credit">${t('tilesCredit', { credit: this.tileAttribution })}</p>`
        : nothing}
    </figure>`;
  }

  private renderPlaceholder(t: Messages) {
    return html`<div class="placeholder" aria-hidden="true"><span>${t('loadingMap')}</span></div>`;
  }

  private renderMap(drawing: MapDrawing, journey: Journey, locale: Locale, t: Messages) {
    const { width, height } = this.frameSize;
    const label = t('mapLabel', { from: formatPlace(journey.origin, locale), to: formatPlace(journey.destination, locale) });
    return html`<svg
      part="map-svg"
      class="map-svg"
      viewBox="0 0 ${width} ${height}"
      width=${width}
      height=${height}
      role="img"
      aria-label=${label}
    >
      <rect class="sea" width=${width} height=${height}></rect>
      ${drawing.tiles.map(
        (tile) =>
          svg`<image class="tile" href=${tile.href} x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} preserveAspectRatio="none"></image>`,
      )}
      ${drawing.land ? svg`<path class="land" d=${drawing.land}></path>` : nothing}
      ${drawing.borders ? svg`<path class="borders" d=${drawing.borders}></path>` : nothing}
      ${drawing.ahead ? svg`<path class="route-ahead" d=${drawing.ahead}></path>` : nothing}
      ${drawing.travelled
        ? svg`<path class="route-casing" d=${drawing.travelled}></path><path class="route" d=${drawing.travelled}></path>`
        : nothing}
      ${drawing.stops.map((stop) => svg`<circle class="stop" cx=${stop.x} cy=${stop.y} r="3.5"></circle>`)}
      ${drawing.origin ? svg`<circle class="origin" cx=${drawing.origin.x} cy=${drawing.origin.y} r="6"></circle>` : nothing}
      ${drawing.destination ? this.renderDestination(drawing.destination) : nothing}
      ${this.renderPosition(markerRest(drawing))}
      ${this.renderLabels(drawing, journey)}
    </svg>`;
  }

  /** A pin standing on the destination city: a different shape from the parcel, not just a colour. */
  private renderDestination(point: MapPoint) {
    return svg`<g class="destination" transform="translate(${point.x} ${point.y})">
      <path d="M0 0 C -2 -6 -9 -10 -9 -17 A 9 9 0 1 1 9 -17 C 9 -10 2 -6 0 0 Z"></path>
      <circle class="destination-eye" cx="0" cy="-17" r="4.5"></circle>
    </g>`;
  }

  /**
   * The parcel: a filled dot in a ring, or a dot in the pin's head once in the destination city.
   * The transform attribute is where it rests; a move animates the CSS `transform` over it.
   */
  private renderPosition(rest: { point: MapPoint; arrived: boolean } | null) {
    if (!rest) return nothing;
    const { point, arrived } = rest;
    return svg`<g class="position ${arrived ? 'arrived' : ''}" transform="translate(${point.x} ${point.y})">
      ${arrived ? nothing : svg`<circle class="position-halo" r="13"></circle>`}
      <circle class="position-dot" r=${arrived ? 5 : 7}></circle>
    </g>`;
  }

  /** City names beside the parcel and the destination, kept inside the map and never on top of each other. */
  private renderLabels(drawing: MapDrawing, journey: Journey) {
    const labels: { point: MapPoint; text: string; above: boolean }[] = [];
    if (drawing.destination) labels.push({ point: drawing.destination, text: journey.destination.city, above: true });
    const position = drawing.position;
    const farFromDestination =
      !drawing.destination || !position || Math.hypot(position.x - drawing.destination.x, position.y - drawing.destination.y) > 36;
    if (position && farFromDestination && !journey.delivered) labels.push({ point: position, text: journey.place.city, above: false });
    const { width } = this.frameSize;
    return labels.map(({ point, text, above }) => {
      const onRight = point.x < width * 0.6;
      return svg`<text
        class="label"
        x=${point.x + (onRight ? 18 : -18)}
        y=${above ? point.y - 22 : point.y + 4}
        text-anchor=${onRight ? 'start' : 'end'}
      >${text}</text>`;
    });
  }

  private renderLegend(drawing: MapDrawing, t: Messages) {
    // The legend explains symbols to sighted readers; the caption already says it all in words.
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${drawing.position
        ? html`<li><svg viewBox="-8 -8 16 16" class="key"><circle class="position-dot" r="5"></circle></svg>${t('legendParcel')}</li>`
        : nothing}
      ${drawing.origin
        ? html`<li><svg viewBox="-8 -8 16 16" class="key"><circle class="origin" r="5"></circle></svg>${t('legendOrigin')}</li>`
        : nothing}
      ${drawing.stops.length
        ? html`<li><svg viewBox="-8 -8 16 16" class="key"><circle class="stop" r="3.5"></circle></svg>${t('legendStop')}</li>`
        : nothing}
      ${drawing.destination
        ? html`<li>
            <svg viewBox="-10 -28 20 30" class="key">
              <path class="destination-shape" d="M0 0 C -2 -6 -9 -10 -9 -17 A 9 9 0 1 1 9 -17 C 9 -10 2 -6 0 0 Z"></path>
            </svg>
            ${t('legendDestination')}
          </li>`
        : nothing}
    </ul>`;
  }
}
