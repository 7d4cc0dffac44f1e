import type { CustomerOrderView, OrderEvent } from '@suivi/model';

/**
 * A small, valid customer view (one parcel in transit) for driving the SDK in tests: the SDK
 * validates every response, so the fake server must answer with a real one.
 */
export function customerOrder(overrides: Partial<CustomerOrderView> = {}): CustomerOrderView {
  return {
    view: 'customer',
    id: 'ord_7Hq2mX9k',
    orderNumber: '#1001',
    placedAt: '2026-11-18T09:12:00Z',
    updatedAt: '2026-11-20T16:40:00Z',
    locale: 'fr',
    currency: 'EUR',
    customer: { name: 'Camille Martin', email: 'camille@example.fr', phone: null },
    lineItems: [
      {
        id: 'li_1',
        title: 'Théière en fonte',
        variant: 'Noir',
        sku: 'TH-01',
        quantity: 1,
        unitPrice: { amount: 4990, currency: 'EUR' },
        kind: 'physical',
        imageUrl: null,
        downloadUrl: null,
        giftCardCode: null,
      },
    ],
    shippingAddress: {
      name: 'Camille Martin',
      company: null,
      line1: '12 rue des Lilas',
      line2: null,
      postalCode: '69003',
      city: 'Lyon',
      region: null,
      country: 'FR',
      phone: null,
    },
    billingAddress: null,
    shippingMethod: { name: 'Colissimo', price: { amount: 590, currency: 'EUR' } },
    payment: {
      status: 'paid',
      method: 'card',
      methodDetail: 'Visa •••• 4242',
      amountPaid: { amount: 5580, currency: 'EUR' },
      amountRefunded: { amount: 0, currency: 'EUR' },
      failureReason: null,
    },
    totals: {
      subtotal: { amount: 4990, currency: 'EUR' },
      shipping: { amount: 590, currency: 'EUR' },
      handling: { amount: 0, currency: 'EUR' },
      tax: { amount: 0, currency: 'EUR' },
      discount: { amount: 0, currency: 'EUR' },
      total: { amount: 5580, currency: 'EUR' },
    },
    fulfillmentStatus: 'fulfilled',
    fulfillmentHold: null,
    shipments: [
      {
        id: 'shp_1',
        carrier: { code: 'colissimo', name: 'Colissimo', supported: true },
        trackingNumber: '6A12345678901',
        trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
        lineItems: [{ lineItemId: 'li_1', quantity: 1 }],
        shippedAt: '2026-11-19T10:00:00Z',
        status: 'in_transit',
        estimatedDelivery: '2026-11-22',
        deliveredAt: null,
        origin: { city: 'Paris', region: null, country: 'FR', coordinates: { lat: 48.8566, lng: 2.3522 } },
        destination: { city: 'Lyon', region: null, country: 'FR', coordinates: { lat: 45.764, lng: 4.8357 } },
        events: [],
      },
    ],
    returns: [],
    state: 'open',
    cancelledAt: null,
    customerNote: null,
    notifications: { email: true, sms: false },
    timeline: [],
    ...overrides,
  };
}

/** An `order` event at a given version, as the server would send it. */
export function orderEvent(version: number): OrderEvent {
  return {
    version,
    at: '2026-11-20T16:40:00Z',
    changes: [{ kind: 'shipment_status', shipmentId: 'shp_1', status: 'in_transit' }],
    order: customerOrder(),
  };
}
