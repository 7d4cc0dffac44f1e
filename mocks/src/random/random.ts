/**
 * A small seeded random source (mulberry32). The seed data must be identical for the same
 * seed, so nothing in the mock may call Math.random; everything draws from one of these.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by relative weights: `weighted([['a', 3], ['b', 1]])` gives 'a' three times as often. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** `length` characters of Crockford-style base32 (no I, L, O, U): opaque, unguessable-looking ids. */
  base32(length: number): string {
    let out = '';
    while (out.length < length) {
      // 30 bits per draw → six characters, so a 20-character id costs four draws.
      let bits = Math.floor(this.next() * 0x40000000);
      for (let i = 0; i < 6 && out.length < length; i++) {
        out += BASE32_ALPHABET[bits & 31];
        bits >>>= 5;
      }
    }
    return out;
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }
}

const BASE32_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** FNV-1a: a stable 32-bit number from a string, to seed a Random from an id. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
