// The re-brand example (examples/rebrand/index.html): the script-tag kit re-branded with its
// --suivi-* tokens only, no part selectors and no element CSS. Opened in Chromium in light and in
// dark against the standalone mock, it must look like the brand (accent, surfaces, text, font and
// corners read from inside the shadow roots), still find an order a shopper types, pass axe
// (WCAG 2.2 AA, contrast included, through the shadow roots), and log no error.
//
//   node --import tsx --test test/build/rebrand-example.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { type ExampleSite, startExampleSite } from './support/example-site.ts';
import { watchPageProblems } from './support/page-problems.ts';
import { SHOWCASE_ORDER } from './support/standalone-mock.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = 'examples/rebrand/index.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The brand's colours as the example sets them, per scheme, as the browser computes them. */
const BRAND = {
  light: { accent: 'rgb(30, 91, 58)', accentText: 'rgb(255, 255, 255)', text: 'rgb(29, 42, 32)' },
  dark: { accent: 'rgb(143, 212, 168)', accentText: 'rgb(12, 26, 16)', text: 'rgb(232, 239, 230)' },
} as const;

/** The look of the lookup's submit button and of the form's text, read inside the shadow roots. */
function lookOf(page: Page) {
  return page.evaluate(() => {
    const lookup = document.querySelector('suivi-order-status')!.shadowRoot!.querySelector('suivi-order-lookup')!.shadowRoot!;
    const button = [...lookup.querySelectorAll('button')].find((candidate) => /Find my order/.test(candidate.textContent ?? ''))!;
    const label = lookup.querySelector('label')!;
    const style = getComputedStyle(button);
    return {
      accent: style.backgroundColor,
      accentText: style.color,
      radius: style.borderTopLeftRadius,
      font: style.fontFamily,
      text: getComputedStyle(label).color,
    };
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => `axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  }, WCAG_TAGS);
}

describe('examples/rebrand', () => {
  let site: ExampleSite | undefined;

  before(async () => {
    site = await startExampleSite();
  });

  after(async () => {
    await site?.close();
  });

  it('re-brands with --suivi-* tokens only: no part selector, no element selector in its CSS', () => {
    const html = readFileSync(`${ROOT}${EXAMPLE}`, 'utf8');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.match(css, /--suivi-color-accent:/);
    assert.doesNotMatch(css, /::part|suivi-[a-z-]+\s*[{,]/, 'only tokens style the kit');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`looks like the brand in ${scheme}, finds an order, and passes axe`, async () => {
      assert.ok(site);
      const context = await site.browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const problems = watchPageProblems(page);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width: 1024, height: 900 });
        await page.goto(new URL('examples/rebrand/', site.url).href, { waitUntil: 'load' });
        const orderNumber = await page.waitForSelector('::-p-aria([name="Order number"][role="textbox"])', { timeout: 20_000 });

        const look = await lookOf(page);
        assert.equal(look.accent, BRAND[scheme].accent, 'the button takes the brand accent');
        assert.equal(look.accentText, BRAND[scheme].accentText, 'its text takes the accent contrast colour');
        assert.equal(look.text, BRAND[scheme].text, 'labels take the brand text colour');
        assert.equal(look.radius, '2px', 'corners take the brand radius');
        assert.match(look.font, /^Georgia/, 'text takes the brand font');
        assert.deepEqual(await axeViolations(page), [], 'the form passes axe with the brand colours');

        await orderNumber!.click();
        await page.keyboard.type(SHOWCASE_ORDER.number);
        await (await page.waitForSelector('::-p-aria([name="E-mail address"][role="textbox"])'))!.click();
        await page.keyboard.type(SHOWCASE_ORDER.email);
        await (await page.waitForSelector('::-p-aria([name="Find my order"][role="button"])'))!.click();
        await page.waitForSelector(`::-p-aria([name="Order ${SHOWCASE_ORDER.number}"][role="heading"])`, { timeout: 20_000 });
        await page.waitForSelector('::-p-text(Live updates on)', { timeout: 20_000 });
        assert.deepEqual(await axeViolations(page), [], 'the order page passes axe with the brand colours');
        if (process.env.SUIVI_SHOTS) await page.screenshot({ path: `${process.env.SUIVI_SHOTS}/rebrand-${scheme}.png`, fullPage: true });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
