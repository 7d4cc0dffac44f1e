/**
 * Share links in the demo. A link is this page with `?share=<token>`; opening it shows
 * `<suivi-shared-order>` instead of the status page. The mock API lives in the page, so a link
 * opened in another tab would find a fresh mock that never made it: the demo keeps the mock's
 * share links in localStorage (standing in for the shop's database; only tokens and expiry, no
 * order data) and gives them back to the mock of every tab.
 */
import type { MockApi, ShareLinkRecord } from '@suivi/mocks';

const STORAGE_KEY = 'suivi-demo-share-links';
/** Where the links are kept (the demo's reset forgets them). */
export const SHARE_LINKS_STORAGE_KEY = STORAGE_KEY;

/** The token in this page's address, if it is a share link. */
export function shareTokenInAddress(): string | null {
  return new URL(location.href).searchParams.get('share');
}

/** The address a share link gives: this page, with its token. */
export function shareLinkUrl(token: string): string {
  const url = new URL(location.pathname, location.origin);
  url.searchParams.set('share', token);
  return url.href;
}

/** The demo's own address, without a share token (the way back to the status page). */
export function statusPageUrl(): string {
  return new URL(location.pathname, location.origin).href;
}

function readStored(): ShareLinkRecord[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as ShareLinkRecord[]) : [];
  } catch {
    return [];
  }
}

/** Gives the mock the links made in any tab, and stores every change so other tabs see it. */
export function keepShareLinksAcrossTabs(api: MockApi): void {
  api.shareLinks.restore(readStored());
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(api.shareLinks.snapshot()));
    } catch {
      // Storage full or disabled: links then work in this tab only.
    }
  };
  api.shareLinks.subscribe(save);
  // Another tab made, revoked or expired a link: take it in.
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) api.shareLinks.restore(readStored());
  });
}
