/**
 * Puts text on the clipboard. The async Clipboard API first; where it is missing or refused
 * (an http page, an embedded web view, an older browser) the legacy copy command, filling the
 * clipboard from its `copy` event rather than from a selection, so nothing on the page moves.
 * Resolves to false when neither worked: the caller then helps the person copy by hand.
 * Call it from a click or key press: browsers only allow copying on a user's action.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): try the legacy command.
  }
  return copyWithCommand(text);
}

function copyWithCommand(text: string): boolean {
  let filled = false;
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    filled = true;
  };
  document.addEventListener('copy', fill, { capture: true });
  try {
    return document.execCommand('copy') && filled;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', fill, { capture: true });
  }
}

/** Selects a node's text, so a person can copy it with the keyboard when copying for them failed. */
export function selectText(node: Node): void {
  const selection = document.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
}
