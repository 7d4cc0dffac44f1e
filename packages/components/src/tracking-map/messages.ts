import { defineMessages } from '../i18n/messages.ts';

/**
 * Every string <suivi-tracking-map> shows or announces. Status names come from the shared
 * `DELIVERY_LABELS` (i18n/status-messages.ts). Distances and places arrive formatted (Intl.NumberFormat in km, Intl.DisplayNames
 * for countries). French puts a no-break space before ":" so the sign never wraps on its own.
 */
export const trackingMapMessages = defineMessages({
  en: {
    title: (p: { carrier: string }) => `Your parcel with ${p.carrier}`,
    statusLabel: 'Delivery status:',
    trackingNumberLabel: 'Tracking number',
    noTrackingNumber: 'Not available yet',
    copy: 'Copy',
    copied: 'Copied',
    copyWhat: 'tracking number',
    copyFailed: 'Could not copy automatically. The number is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    estimatedDeliveryLabel: 'Estimated delivery',
    deliveredLabel: 'Delivered',
    lastUpdateLabel: 'Latest update',
    trackLink: (p: { carrier: string }) => `Track your parcel on the ${p.carrier} website`,
    opensInNewTab: '(opens in a new tab)',
    untracked:
      'Live tracking is not available for this carrier. Use the tracking number on the carrier’s website to follow your parcel.',
    mapLabel: (p: { from: string; to: string }) => `Map of the parcel’s journey from ${p.from} to ${p.to}`,
    loadingMap: 'Loading the map…',
    mapFailed: 'The map could not be loaded. The tracking details are still up to date.',
    legendParcel: 'Your parcel',
    legendOrigin: 'Departure',
    legendDestination: 'Destination',
    legendStop: 'Scanned on the way',
    deliveredIn: (p: { place: string }) => `Your parcel was delivered in ${p.place}.`,
    inDestinationCity: (p: { place: string }) => `Your parcel is in ${p.place}, the city it is being delivered to.`,
    inPlaceDistance: (p: { place: string; distance: string; destination: string }) =>
      `Your parcel is in ${p.place}, about ${p.distance} from ${p.destination}.`,
    inPlaceNear: (p: { place: string; distance: string; destination: string }) =>
      `Your parcel is in ${p.place}, less than ${p.distance} from ${p.destination}.`,
    inPlaceNoDistance: (p: { place: string; destination: string }) =>
      `Your parcel is in ${p.place}, on its way to ${p.destination}.`,
    tilesCredit: (p: { credit: string }) => `Map tiles: ${p.credit}`,
  },
  fr: {
    title: (p: { carrier: string }) => `Votre colis avec ${p.carrier}`,
    statusLabel: 'Statut de livraison :',
    trackingNumberLabel: 'Numéro de suivi',
    noTrackingNumber: 'Pas encore disponible',
    copy: 'Copier',
    copied: 'Copié',
    copyWhat: 'le numéro de suivi',
    copyFailed:
      'La copie automatique n’a pas fonctionné. Le numéro est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
    estimatedDeliveryLabel: 'Livraison estimée',
    deliveredLabel: 'Livré',
    lastUpdateLabel: 'Dernière mise à jour',
    trackLink: (p: { carrier: string }) => `Suivre votre colis sur le site de ${p.carrier}`,
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    untracked:
      'Le suivi en direct n’est pas disponible pour ce transporteur. Utilisez le numéro de suivi sur le site du transporteur pour suivre votre colis.',
    mapLabel: (p: { from: string; to: string }) => `Carte du trajet du colis, de ${p.from} à ${p.to}`,
    loadingMap: 'Chargement de la carte…',
    mapFailed: 'La carte n’a pas pu être chargée. Les informations de suivi restent à jour.',
    legendParcel: 'Votre colis',
    legendOrigin: 'Départ',
    legendDestination: 'Destination',
    legendStop: 'Étape de tri',
    deliveredIn: (p: { place: string }) => `Votre colis a été livré à ${p.place}.`,
    inDestinationCity: (p: { place: string }) => `Votre colis est à ${p.place}, sa ville de livraison.`,
    inPlaceDistance: (p: { place: string; distance: string; destination: string }) =>
      `Votre colis est à ${p.place}, à environ ${p.distance} de ${p.destination}.`,
    inPlaceNear: (p: { place: string; distance: string; destination: string }) =>
      `Votre colis est à ${p.place}, à moins de ${p.distance} de ${p.destination}.`,
    inPlaceNoDistance: (p: { place: string; destination: string }) =>
      `Votre colis est à ${p.place}, en route vers ${p.destination}.`,
    tilesCredit: (p: { credit: string }) => `Fonds de carte : ${p.credit}`,
  },
});
