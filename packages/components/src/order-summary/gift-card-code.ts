/** How many characters of a gift card code stay visible while it is masked: enough to tell two cards apart. */
export const VISIBLE_CODE_CHARACTERS = 4;

/**
 * "ABCD-EFGH-JKMN-PQRS" → "••••-••••-••••-PQRS". A gift card code is money: it stays masked
 * on screen (someone may be looking over the shopper's shoulder, or sharing their screen) until
 * the shopper asks to see it. Separators are kept so the masked code has the real one's shape.
 */
export function maskGiftCardCode(code: string): string {
  let toKeep = VISIBLE_CODE_CHARACTERS;
  let masked = '';
  for (let index = code.length - 1; index >= 0; index -= 1) {
    const character = code[index];
    const isSeparator = !/[\p{L}\p{N}]/u.test(character);
    if (isSeparator) masked = character + masked;
    else if (toKeep > 0) {
      masked = character + masked;
      toKeep -= 1;
    } else masked = '•' + masked;
  }
  return masked;
}

/** The last visible characters, for the sentence a screen reader hears instead of a row of dots. */
export function codeEnding(code: string): string {
  return code.replace(/[^\p{L}\p{N}]/gu, '').slice(-VISIBLE_CODE_CHARACTERS);
}
