import { css } from 'lit';

/**
 * Look of <suivi-tracking-map>. Map colours are `light-dark()` pairs chosen so that land and
 * sea, and the route and both of them, differ by at least 3:1 (WCAG 1.4.11, non-text contrast):
 * light 3.3:1 land/sea, 12:1 route/land, 3.7:1 route/sea; dark 3.3:1, 3.7:1 and 12.5:1. The
 * route also has a casing in the land colour, so it reads over tiles. The parcel, the departure
 * and the destination differ in shape (dot in a ring, hollow ring, pin), not colour alone.
 * Forced colours redraw the map with system colours: outlines instead of fills.
 */
export const trackingMapStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_background: var(--suivi-tracking-map-background, var(--_surface));
    --_sea: var(--suivi-tracking-map-sea, light-dark(#668db8, #0a1320));
    --_land: var(--suivi-tracking-map-land, light-dark(#fbfaf6, #5a6980));
    --_border-line: var(--suivi-tracking-map-border, light-dark(#9aa3b2, #8592a6));
    --_route: var(--suivi-tracking-map-route, light-dark(#0f2f6e, #bcd5ff));
    --_aspect: var(--suivi-tracking-map-aspect-ratio, 16 / 10);
  }

  p {
    margin: 0.5rem 0;
  }

  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .title {
    font-size: 1.125rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .status {
    margin: 0;
  }
  /* .badge: the shared shape in styles/tones.ts. */

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2.5rem;
    margin: 0.75rem 0 0;
  }
  .fact {
    min-inline-size: 0;
  }
  .fact dt {
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .fact dd {
    margin: 0;
    font-weight: 600;
  }
  .latest {
    flex-basis: 100%;
  }
  .latest dd {
    display: flex;
    flex-direction: column;
    font-weight: 400;
  }
  .latest time,
  .event-place {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .event-description {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .number-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  /* .tracking-number: styles/tracking.ts; here it is also selected whole with one click. */
  .tracking-number {
    user-select: all;
  }
  .copy {
    min-height: 2.25rem;
    padding: 0.25rem 0.875rem;
    font-size: 0.875rem;
  }
  /* Always in the tree (a live region hidden until it speaks is not heard); empty, it takes no room. */
  .copy-status {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .copy-status:not(:empty) {
    margin-block-start: 0.5rem;
  }

  /* .tracking-link, .external, .untracked: styles/tracking.ts. */

  /* The map. */
  .map {
    margin: 0.75rem 0 0;
  }
  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--_aspect);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_sea);
  }
  @container (max-width: 28rem) {
    .frame {
      aspect-ratio: var(--suivi-tracking-map-aspect-ratio, 4 / 3);
    }
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: var(--_surface-raised);
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .map-svg {
    position: absolute;
    inset: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .sea {
    fill: var(--_sea);
  }
  .land {
    fill: var(--_land);
  }
  .borders {
    fill: none;
    stroke: var(--_border-line);
    stroke-width: 0.75;
    stroke-linejoin: round;
  }
  .route,
  .route-casing,
  .route-ahead {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .route-casing {
    stroke: var(--_land);
    stroke-width: 7;
  }
  .route {
    stroke: var(--_route);
    stroke-width: 3.5;
  }
  .route-ahead {
    stroke: var(--_route);
    stroke-width: 2.5;
    stroke-dasharray: 2 7;
  }
  .stop {
    fill: var(--_land);
    stroke: var(--_route);
    stroke-width: 2;
  }
  .origin {
    fill: var(--_land);
    stroke: var(--_route);
    stroke-width: 3;
  }
  .destination path,
  .destination-shape {
    fill: var(--_route);
    stroke: var(--_land);
    stroke-width: 1.5;
  }
  .destination-eye {
    fill: var(--_land);
  }
  .position-halo {
    fill: color-mix(in srgb, var(--_route) 30%, transparent);
    stroke: var(--_route);
    stroke-width: 2;
  }
  .position-dot {
    fill: var(--_route);
    stroke: var(--_land);
    stroke-width: 2;
  }
  .label {
    font: 600 0.8125rem var(--_font);
    fill: var(--_text);
    stroke: var(--_land);
    stroke-width: 4;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .caption {
    margin-block: 0.5rem 0;
    font-weight: 600;
  }
  .map-message {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .key {
    inline-size: 1rem;
    block-size: 1rem;
    overflow: visible;
  }
  .tiles-credit {
    font-size: 0.75rem;
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .card,
    .badge,
    .frame {
      border-color: CanvasText;
    }
    .map-svg,
    .key {
      forced-color-adjust: none;
    }
    .sea {
      fill: Canvas;
    }
    .land {
      fill: Canvas;
      stroke: GrayText;
      stroke-width: 1;
    }
    .borders {
      stroke: GrayText;
    }
    .route-casing {
      stroke: Canvas;
    }
    .route,
    .route-ahead {
      stroke: Highlight;
    }
    .stop,
    .origin {
      fill: Canvas;
      stroke: CanvasText;
    }
    .destination path,
    .destination-shape,
    .position-dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .destination-eye {
      fill: Canvas;
    }
    .position-halo {
      fill: Canvas;
      stroke: Highlight;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tile {
      opacity: 0.5;
    }
  }
`;
