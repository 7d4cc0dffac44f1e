import type { Carrier } from '@suivi/model';
import type { Random } from '../random/random.ts';
import type { HubKey } from './places.ts';

/** What a carrier says at each kind of scan, in its own words (and its own language). */
export interface CarrierPhrasebook {
  labelCreated: string;
  pickedUp: string;
  /** `{city}` is replaced by the hub's city. */
  atHub: string;
  outForDelivery: string;
  attemptedDelivery: string;
  delivered: string;
  exception: string;
}

export interface CarrierProfile {
  carrier: Carrier;
  /** Countries this carrier delivers to in the seed. */
  destinations: readonly ('FR' | 'BE' | 'GB' | 'US' | 'CA')[];
  /** Hubs between the warehouse and the destination city's own hub, per destination country. */
  trunk: Partial<Record<'FR' | 'BE' | 'GB' | 'US' | 'CA', readonly HubKey[]>>;
  trackingNumber(random: Random): string;
  trackingUrl(trackingNumber: string): string;
  phrases: CarrierPhrasebook;
  /** The shipping method name shown at checkout, per locale. */
  methodName: { en: string; fr: string };
}

export const CARRIERS = {
  colissimo: {
    carrier: { code: 'colissimo', name: 'Colissimo', supported: true },
    destinations: ['FR', 'BE'],
    trunk: { FR: ['lyon'], BE: ['lyon', 'lille'] },
    trackingNumber: (r) => `6A${r.digits(11)}`,
    trackingUrl: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}`,
    phrases: {
      labelCreated: 'Votre colis est prêt à être expédié, il va être remis à La Poste.',
      pickedUp: 'Votre colis a été pris en charge par La Poste.',
      atHub: 'Votre colis est en cours d’acheminement ({city}).',
      outForDelivery: 'Votre colis est en cours de livraison.',
      attemptedDelivery: 'Votre colis n’a pas pu être livré : destinataire absent. Un avis de passage a été déposé.',
      delivered: 'Votre colis est livré.',
      exception: 'Votre colis a été endommagé lors de son acheminement. Il est retourné à l’expéditeur.',
    },
    methodName: { en: 'Colissimo home delivery', fr: 'Colissimo — livraison à domicile' },
  },
  chronopost: {
    carrier: { code: 'chronopost', name: 'Chronopost', supported: true },
    destinations: ['FR'],
    trunk: { FR: ['lyon', 'roissy'] },
    trackingNumber: (r) => `XY${r.digits(9)}FR`,
    trackingUrl: (n) => `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${n}`,
    phrases: {
      labelCreated: 'Envoi en cours de préparation chez l’expéditeur',
      pickedUp: 'Colis pris en charge par Chronopost',
      atHub: 'Tri effectué dans l’agence de {city}',
      outForDelivery: 'Colis en cours de livraison',
      attemptedDelivery: 'Destinataire absent, avis de passage déposé',
      delivered: 'Livraison effectuée',
      exception: 'Incident : colis endommagé, retour à l’expéditeur',
    },
    methodName: { en: 'Chronopost express (next day)', fr: 'Chronopost — livraison express 24 h' },
  },
  ups: {
    carrier: { code: 'ups', name: 'UPS', supported: true },
    destinations: ['US', 'GB', 'CA', 'FR'],
    trunk: { US: ['roissy', 'cologne', 'louisville'], GB: ['roissy', 'cologne'], CA: ['roissy', 'cologne', 'louisville'], FR: ['roissy'] },
    trackingNumber: (r) => `1Z${r.base32(6).toUpperCase()}${r.digits(10)}`,
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${n}`,
    phrases: {
      labelCreated: 'Shipper created a label, UPS has not received the package yet.',
      pickedUp: 'Pickup Scan',
      atHub: 'Arrived at Facility — {city}',
      outForDelivery: 'Out For Delivery Today',
      attemptedDelivery: 'The receiver was not available for delivery. We’ll make a second attempt the next business day.',
      delivered: 'Delivered',
      exception: 'The package was damaged and is being returned to the sender.',
    },
    methodName: { en: 'UPS Standard', fr: 'UPS Standard' },
  },
  dhl: {
    carrier: { code: 'dhl_express', name: 'DHL Express', supported: true },
    destinations: ['GB', 'US', 'CA', 'BE'],
    trunk: { GB: ['roissy', 'leipzig'], US: ['roissy', 'leipzig'], CA: ['roissy', 'leipzig'], BE: ['roissy', 'leipzig'] },
    trackingNumber: (r) => r.digits(10),
    trackingUrl: (n) => `https://www.dhl.com/fr-en/home/tracking.html?tracking-id=${n}`,
    phrases: {
      labelCreated: 'Shipment information received',
      pickedUp: 'Shipment picked up',
      atHub: 'Arrived at DHL Sort Facility {city}',
      outForDelivery: 'Shipment is out with courier for delivery',
      attemptedDelivery: 'Delivery attempted; recipient not home',
      delivered: 'Delivered',
      exception: 'Shipment on hold: clearance delay',
    },
    methodName: { en: 'DHL Express Worldwide', fr: 'DHL Express Worldwide' },
  },
  royalMail: {
    carrier: { code: 'royal_mail', name: 'Royal Mail', supported: true },
    destinations: ['GB'],
    trunk: { GB: ['roissy', 'heathrow'] },
    trackingNumber: (r) => `${r.base32(2).toUpperCase().replace(/\d/g, 'X')}${r.digits(9)}GB`,
    trackingUrl: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
    phrases: {
      labelCreated: 'Sender despatching soon',
      pickedUp: 'We’ve got it',
      atHub: 'Item received at {city}',
      outForDelivery: 'Your item is out for delivery',
      attemptedDelivery: 'Sorry, we missed you. We’ve left a card so you can arrange redelivery.',
      delivered: 'Delivered',
      exception: 'We’re sorry, your item is being returned to the sender.',
    },
    methodName: { en: 'Royal Mail International Tracked', fr: 'Royal Mail International Tracked' },
  },
  canadaPost: {
    carrier: { code: 'canada_post', name: 'Canada Post', supported: true },
    destinations: ['CA'],
    trunk: { CA: ['roissy', 'montreal'] },
    trackingNumber: (r) => r.digits(16),
    trackingUrl: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=${n}`,
    phrases: {
      labelCreated: 'Electronic information submitted by shipper',
      pickedUp: 'Item accepted at the Post Office',
      atHub: 'Item processed — {city}',
      outForDelivery: 'Item out for delivery',
      attemptedDelivery: 'Attempted delivery. Notice card left indicating where item can be picked up.',
      delivered: 'Delivered',
      exception: 'Item being returned to sender. Incomplete address.',
    },
    methodName: { en: 'Canada Post Tracked Packet', fr: 'Postes Canada — Colis suivi' },
  },
  /** A regional carrier the mock cannot track: no live status, only the link. */
  transportsBernard: {
    carrier: { code: 'transports_bernard', name: 'Transports Bernard', supported: false },
    destinations: ['FR'],
    trunk: { FR: [] },
    trackingNumber: (r) => `TB-${r.digits(8)}`,
    trackingUrl: (n) => `https://suivi.transports-bernard.example/colis/${n}`,
    phrases: { labelCreated: '', pickedUp: '', atHub: '', outForDelivery: '', attemptedDelivery: '', delivered: '', exception: '' },
    methodName: { en: 'Transports Bernard (bulky items)', fr: 'Transports Bernard — livraison d’encombrants' },
  },
} as const satisfies Record<string, CarrierProfile>;
export type CarrierKey = keyof typeof CARRIERS;

export const CARRIER_KEYS = Object.keys(CARRIERS) as CarrierKey[];

/** Supported carriers that deliver to a country. */
export function carriersFor(country: 'FR' | 'BE' | 'GB' | 'US' | 'CA'): CarrierKey[] {
  return CARRIER_KEYS.filter((key) => {
    const profile: CarrierProfile = CARRIERS[key];
    return profile.carrier.supported && profile.destinations.includes(country);
  });
}
