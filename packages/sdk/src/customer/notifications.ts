import { paths, validateNotificationSettings, type NotificationPreferences, type NotificationSettings } from '@suivi/model';
import type { OrderAccess } from '../order-access.ts';
import { bearer, requestJson, type Transport } from '../transport.ts';

/** GET /v1/orders/{id}/notifications: the channels chosen, and whether SMS is possible. */
export function getNotificationSettings(transport: Transport, access: OrderAccess, signal?: AbortSignal): Promise<NotificationSettings> {
  return requestJson(transport, { method: 'GET', path: paths.orderNotifications(access.orderId), validate: validateNotificationSettings, headers: bearer(access.token), signal });
}

/** PUT /v1/orders/{id}/notifications with both channels; SMS without a phone on the order is refused (`no_phone`). */
export function setNotificationPreferences(transport: Transport, access: OrderAccess, preferences: NotificationPreferences, signal?: AbortSignal): Promise<NotificationSettings> {
  return requestJson(transport, {
    method: 'PUT',
    path: paths.orderNotifications(access.orderId),
    validate: validateNotificationSettings,
    headers: bearer(access.token),
    body: { email: preferences.email, sms: preferences.sms },
    signal,
  });
}
