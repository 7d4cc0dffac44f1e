import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import * as kit from '@suivi/components';
import manifest from '../../packages/components/custom-elements.json' with { type: 'json' };

/** Every tag the kit defines, from its Custom Elements Manifest. */
const TAGS = (manifest as { modules: { declarations?: { tagName?: string }[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

describe('@suivi/components (the package index)', () => {
  it('registers no tag when imported, whatever it exports', () => {
    expect(Object.keys(kit)).to.include.members(['SuiviOrderAdmin', 'SuiviOrderTable', 'SuiviOrderStatus']);
    expect(TAGS.length).to.be.at.least(12);
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('lets a page register a class under its own name, which registers what it lays out when it connects', async () => {
    customElements.define('shop-order-admin', class extends kit.SuiviOrderAdmin {});
    expect(customElements.get('suivi-order-table')).to.equal(undefined);
    const tag = unsafeStatic('shop-order-admin');
    const admin = await fixture<HTMLElement>(staticHtml`<${tag} base-url="/nowhere"></${tag}>`);
    expect(customElements.get('suivi-order-table')).to.equal(kit.SuiviOrderTable);
    expect(admin.shadowRoot!.querySelector('suivi-order-table')).to.be.instanceOf(kit.SuiviOrderTable);
  });
});
