import * as z from 'zod/mini';
import { strictBody } from './admin-request-body.ts';
import { named } from './schema-meta.ts';

/** PUT /v1/orders/{orderId}/notifications: both channels, every time (the whole choice, not a patch). */
export const SetNotificationPreferencesRequest = /* @__PURE__ */ named(
  strictBody({ email: z.boolean(), sms: z.boolean() }),
  'SetNotificationPreferencesRequest',
  'Which channels to send status updates on. SMS needs a phone number on the order (else 422 no_phone).',
);
export type SetNotificationPreferencesRequest = z.infer<typeof SetNotificationPreferencesRequest>;

/**
 * The shopper's choice and what a page needs to word it: whether SMS is possible and the last
 * digits of the number it would go to ("SMS updates to •••• 78"), never the whole number.
 */
export const NotificationSettings = /* @__PURE__ */ named(
  z.object({
    email: z.boolean(),
    sms: z.boolean(),
    /** False when the order has no phone number: SMS cannot be turned on. */
    smsAvailable: z.boolean(),
    /** The phone number's last two digits, or null without one. */
    phoneEnding: z.nullable(/* @__PURE__ */ z.string().check(z.regex(/^\d{2}$/))),
  }),
  'NotificationSettings',
  'Status-update channels the shopper opted in to, and whether SMS is possible.',
);
export type NotificationSettings = z.infer<typeof NotificationSettings>;

/** The last two digits of a phone number, for "•••• 78"; null when it has fewer than two. */
export function phoneEnding(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 2 ? digits.slice(-2) : null;
}
