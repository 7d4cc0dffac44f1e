import type { DeliveryStatus, ReturnStatus, Shipment, ShopperOrderView } from '@suivi/model';

/** Something a shopper following the page should hear about, for one shipment. */
export type ShipmentChange =
  | { kind: 'status'; index: number; status: DeliveryStatus }
  | { kind: 'shipped'; index: number; carrier: string }
  | { kind: 'return'; index: number; status: ReturnStatus };

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

/**
 * Returns whose status moved (or that were just requested) between two versions of the same
 * order, numbered as displayed. Only the customer view has returns; the shared view never does.
 */
export function returnChanges(previous: ShopperOrderView | undefined, next: ShopperOrderView | undefined): ShipmentChange[] {
  if (!previous || !next || previous === next || previous.orderNumber !== next.orderNumber) return [];
  if (previous.view !== 'customer' || next.view !== 'customer') return [];
  const before = new Map(previous.returns.map((request) => [request.id, request.status]));
  return next.returns.flatMap((request, position): ShipmentChange[] =>
    before.get(request.id) === request.status ? [] : [{ kind: 'return', index: position + 1, status: request.status }],
  );
}
