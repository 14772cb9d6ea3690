/**
 * Text as a CSS string literal, for content that only CSS can place (the
 * running head in the printed page's margin). Quotes, backslashes and line
 * breaks are escaped; Astro escapes the attribute around it.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\a ')}"`;
}
