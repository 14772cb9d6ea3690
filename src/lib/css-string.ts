/**
 * Text as a CSS string literal, for content that only CSS can place (the
 * running head in the printed page's margin). Quotes, backslashes and line
 * breaks are escaped, and `<` too, so the text can never close the <style>
 * element it is written into.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\a ').replace(/</g, '\\3c ')}"`;
}
