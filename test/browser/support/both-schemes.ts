import { expect } from '@open-wc/testing';

/** Runs axe on `element` in the page's colour scheme, then again with the document forced dark. */
export async function expectAccessibleLightAndDark(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
  document.documentElement.style.colorScheme = 'dark';
  try {
    await expect(element).to.be.accessible();
  } finally {
    document.documentElement.style.colorScheme = '';
  }
}
