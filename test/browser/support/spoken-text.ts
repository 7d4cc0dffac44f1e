/**
 * The text a screen reader gets from a node (or a shadow root's children): decorative glyphs
 * (aria-hidden) left out, white space collapsed, Intl's no-break spaces read as spaces.
 */
export function spokenText(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = document.createElement('div');
  for (const child of node instanceof ShadowRoot ? node.childNodes : [node]) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
