/**
 * Script-injection payloads: what an attacker types into a checkout form, a merchant's careless
 * import puts in a product title, or a carrier's feed passes through. Every text a shopper, a
 * merchant or a carrier controls must show them as the characters they are, and none may run or
 * become markup. Each executable payload sets INJECTION_FLAG on its window if it ever runs, and
 * each markup payload carries INJECTION_MARKER, so a test can tell both apart from the kit's own
 * elements.
 */

/** The global a payload sets if it runs (`window.__suiviInjected = <payload number>`). */
export const INJECTION_FLAG = '__suiviInjected';

/** The attribute every element a payload would create carries. */
export const INJECTION_MARKER = 'data-injected';

export interface InjectionPayload {
  /** What it tries, for the test's names and failure messages. */
  name: string;
  text: string;
}

const run = (n: number) => `window.${INJECTION_FLAG}=${n}`;

export const INJECTION_PAYLOADS: readonly InjectionPayload[] = [
  { name: 'script tag', text: `<script ${INJECTION_MARKER}>${run(1)}</script>` },
  { name: 'img onerror', text: `<img src=x onerror="${run(2)}" ${INJECTION_MARKER}>` },
  { name: 'svg onload', text: `<svg onload="${run(3)}" ${INJECTION_MARKER}><circle r="1"/></svg>` },
  { name: 'javascript: URL', text: `javascript:${run(4)}//` },
  { name: 'data: URL', text: `data:text/html,<script>parent.${INJECTION_FLAG}=5</script>` },
  { name: 'attribute breaker (double quote)', text: `"><img src=x onerror="${run(6)}" ${INJECTION_MARKER}>` },
  { name: 'attribute breaker (single quote)', text: `'><svg/onload=${run(7)} ${INJECTION_MARKER}>` },
  { name: 'unquoted attribute breaker', text: `x onmouseover=${run(8)} autofocus onfocus=${run(8)} ${INJECTION_MARKER}` },
  { name: 'iframe srcdoc', text: `<iframe ${INJECTION_MARKER} srcdoc="<script>parent.${INJECTION_FLAG}=9</script>"></iframe>` },
  { name: 'closing tags then script', text: `</textarea></title></style></q></blockquote><script ${INJECTION_MARKER}>${run(10)}</script>` },
  { name: 'comment breaker', text: `--><img src=x onerror=${run(11)} ${INJECTION_MARKER}><!--` },
  { name: 'template literal', text: '`${' + run(12) + '}`' },
  { name: 'template placeholders', text: `\${${run(13)}} {{constructor.constructor('${run(13)}')()}} #{${run(13)}}` },
  { name: "Lit's own markers", text: '<?lit$1234$>lit$1234$<!--?lit$1234$--><!--lit-part-->' },
  { name: 'HTML entities (must stay as typed)', text: `&lt;img src=x onerror=${run(14)}&gt; &amp;amp; &#60;b&#62;` },
  { name: 'link with javascript: href', text: `<a href="javascript:${run(15)}" ${INJECTION_MARKER}>Suivre</a>` },
  { name: 'style that loads a URL', text: `<div ${INJECTION_MARKER} style="background:url(javascript:${run(16)})">x</div><style>*{color:red}</style>` },
  { name: 'RTL override (spoofed file name)', text: 'facture\u202Egpj.exe\u202C' },
  { name: 'direction and zero-width marks', text: '\u200F\u200E\u2066#1001\u2069\u200B\u200D\uFEFF' },
  { name: 'escaped markup in JSON style', text: '\\u003cscript\\u003e' + run(17) + '\\u003c/script\\u003e' },
  { name: 'line breaks and tabs around markup', text: `ligne 1\nligne 2\t<b ${INJECTION_MARKER}>gras</b>\r\n` },
  {
    name: 'very long string ending in markup',
    text: `${'Très long texte sans espace_'.repeat(180)}<img src=x onerror=${run(18)} ${INJECTION_MARKER}>`,
  },
];
