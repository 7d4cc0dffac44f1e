// Long customer names, e-mail addresses, companies, item titles and tags, as real shops get them
// (compound French and Belgian names, "+" sub-addresses, corporate domains, tags staff write as
// sentences). Stories put them on orders to show the table, the admin page and the detail panel
// wrap or truncate them without breaking their layout or hiding what matters.
import type { Order } from '@suivi/model';

export const LONG_CUSTOMERS = [
  {
    name: 'Marie-Bernadette de La Rochefoucauld-Montmorency',
    email: 'marie-bernadette.delarochefoucauld-montmorency@ateliers-ceramique-independants.example.fr',
    company: 'Ateliers de céramique contemporaine des Hauts-de-Seine SARL',
  },
  {
    name: 'Jean-Christophe-Emmanuel Vandenbroucke-Oudenaarde',
    email: 'jc.vandenbroucke-oudenaarde+commandes-professionnelles@restauration-collective-wallonie.example.be',
    company: 'Société coopérative de restauration collective de Wallonie picarde',
  },
  {
    name: 'Anne-Sophie Nguyễn Thị Hoàng Lefèvre-Castelnau',
    email: 'annesophie.nguyenthihoang.lefevre-castelnau@messagerie-professionnelle.example.com',
    company: null,
  },
] as const;

/** Tags of at most 40 characters each, the API's limit. */
export const LONG_TAGS = [
  'cliente-fidèle-depuis-2014',
  'livraison-express-prioritaire',
  'emballage-cadeau-personnalisé-avec-carte',
  'vérifier-adresse-avant-envoi',
  'retour-gratuit-accordé-par-le-service-client',
].map((tag) => tag.slice(0, 40));

/** Gives `order` (a draft the mock's store hands to `update`, or a copy) the `which`th long customer. */
export function giveLongNames(order: Order, which: number): void {
  const customer = LONG_CUSTOMERS[which % LONG_CUSTOMERS.length];
  order.customer.name = customer.name;
  order.customer.email = customer.email;
  for (const address of [order.shippingAddress, order.billingAddress]) {
    if (!address) continue;
    address.name = customer.name;
    address.company = customer.company;
    address.line1 = 'Résidence Les Jardins de la Cathédrale Saint-Étienne, bâtiment C, escalier 4';
  }
  order.tags = LONG_TAGS.slice(0, 3 + (which % 3));
  const [first] = order.lineItems;
  if (first) {
    first.title = 'Service de table « Jardin d’hiver » en grès émaillé fait main, douze couverts';
    first.variant = 'Bleu nuit profond à reflets cuivrés, finition mate';
  }
}
