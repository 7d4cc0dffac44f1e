// The page scripts/measure-map.ts builds and opens in Chromium: one <suivi-tracking-map> and two
// functions the script calls to time a live event (a new `shipment`) up to the marker's new place.
import type { Shipment } from '@suivi/model';
import '@suivi/components/define/tracking-map';

declare global {
  interface Window {
    /** Shows the card with `shipment` and resolves once its map is drawn. */
    showCard(shipment: Shipment): Promise<void>;
    /** Hands the card `next` and times it: see the fields. */
    timeLiveEvent(next: Shipment): Promise<{ updatedMs: number; paintedMs: number; animationStartMs: number | null; moved: boolean }>;
  }
}

const card = document.createElement('suivi-tracking-map');
card.style.maxWidth = '720px';
document.body.append(card);

const marker = () => card.shadowRoot?.querySelector<SVGGElement>('svg[role="img"] .position') ?? null;

/** Resolves after the next frame has been produced (style, layout and paint included). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

window.showCard = async (shipment) => {
  card.shipment = shipment;
  while (!marker()) await afterNextPaint();
  await afterNextPaint();
};

window.timeLiveEvent = async (next) => {
  const before = marker()!.getAttribute('transform');
  const start = performance.now();
  card.shipment = next;
  await card.updateComplete;
  const updatedMs = performance.now() - start;
  const [animation] = marker()!.getAnimations();
  let animationStartMs: number | null = null;
  if (animation) {
    await animation.ready;
    animationStartMs = performance.now() - start;
  }
  await afterNextPaint();
  const paintedMs = performance.now() - start;
  animation?.finish();
  return { updatedMs, paintedMs, animationStartMs, moved: marker()!.getAttribute('transform') !== before };
};
