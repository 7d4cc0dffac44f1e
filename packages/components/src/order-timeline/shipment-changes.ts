import type { DeliveryStatus, Shipment, ShopperOrderView } from '@suivi/model';

/** Something a shopper following the page should hear about, for one shipment. */
export type ShipmentChange =
  | { kind: 'status'; index: number; status: DeliveryStatus }
  | { kind: 'shipped'; index: number; carrier: string };

/**
 * What changed between the order the shopper was looking at and the newer version that just
 * replaced it, shipment by shipment (matched by id, numbered as displayed, from 1).
 *
 * Nothing is reported for a first render or for a different order: a screen reader should hear
 * about *changes* while the shopper is on the page, not have the whole page read out again.
 * A shipment whose status became null (an unsupported carrier) reports nothing, so no status is
 * ever invented.
 */
export function shipmentChanges(previous: ShopperOrderView | undefined, next: ShopperOrderView | undefined): ShipmentChange[] {
  if (!previous || !next || previous === next || previous.orderNumber !== next.orderNumber) return [];
  const before = new Map<string, Shipment>(previous.shipments.map((shipment) => [shipment.id, shipment]));
  const changes: ShipmentChange[] = [];
  next.shipments.forEach((shipment, position) => {
    const index = position + 1;
    const old = before.get(shipment.id);
    if (!old) {
      changes.push(
        shipment.status && shipment.status !== 'confirmed'
          ? { kind: 'status', index, status: shipment.status }
          : { kind: 'shipped', index, carrier: shipment.carrier.name },
      );
    } else if (shipment.status !== null && shipment.status !== old.status) {
      changes.push({ kind: 'status', index, status: shipment.status });
    }
  });
  return changes;
}
