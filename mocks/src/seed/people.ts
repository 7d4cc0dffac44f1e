import type { Random } from '../random/random.ts';

/** Names for seeded shoppers: French ones for French-speaking customers, English ones otherwise. */
const FRENCH_FIRST = ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Juliette', 'Louise', 'Zoé', 'Hugo', 'Lucas', 'Théo', 'Nathan', 'Louis', 'Jules', 'Gabriel', 'Arthur', 'Élodie', 'Mathilde', 'Antoine', 'Sébastien', 'Noémie', 'Benoît'];
const FRENCH_LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Girard', 'Lemaire'];
const ENGLISH_FIRST = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'Emily', 'James', 'Sophie', 'William', 'Grace', 'Noah', 'Olivia', 'Ethan', 'Charlotte', 'Liam', 'Hannah', 'Samuel'];
const ENGLISH_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Walker', 'Robinson', 'Thompson', 'Clarke', 'Miller', 'Anderson', 'Murphy', 'Campbell', 'Tremblay', 'Gagnon'];

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
}

/** "Élodie Lefèvre" → "elodie.lefevre": e-mail local parts are plain ASCII. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const PHONE_PREFIX: Record<string, string> = { FR: '+33 6', BE: '+32 470', GB: '+44 7700', US: '+1 212', CA: '+1 514' };
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

export function randomPerson(random: Random, french: boolean, country: string): Person {
  const firstName = random.pick(french ? FRENCH_FIRST : ENGLISH_FIRST);
  const lastName = random.pick(french ? FRENCH_LAST : ENGLISH_LAST);
  const domain = french && country === 'FR' ? 'example.fr' : random.pick(EMAIL_DOMAINS);
  // A number keeps two Camille Martins apart, as real inboxes do.
  const email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${random.int(1, 999)}@${domain}`;
  const phone = random.chance(0.7) ? `${PHONE_PREFIX[country] ?? '+33 6'} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}` : null;
  return { firstName, lastName, email, phone };
}
