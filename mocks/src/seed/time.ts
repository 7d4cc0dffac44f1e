/** Millisecond helpers for building timelines: the seed thinks in hours and days. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The calendar day (UTC) of an instant, as an ISO date. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of the day containing `ms`. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}
