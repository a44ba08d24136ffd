/**
 * Makes text printable in code page 858 before it is encoded.
 *
 * Why: iconv-lite turns every character CP858 lacks into "?", and office or service names typed
 * in a word processor are full of typographic quotes and dashes. Umlauts, ß and € are in CP858
 * and pass through unchanged.
 */

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2013\u2014\u2012\u2015\u2212]/g, '-'], // en/em/figure dash, horizontal bar, minus
  [/[\u201e\u201c\u201d\u201f\u00ab\u00bb]/g, '"'], // „ “ ” ‟ « »
  [/[\u201a\u2018\u2019\u201b\u2039\u203a]/g, "'"], // ‚ ‘ ’ ‛ ‹ ›
  [/\u2026/g, '...'],
  [/[\u00a0\u2007\u202f\u2009\u200a]/g, ' '], // no-break and thin spaces
  [/[\u200b\u00ad]/g, ''], // zero-width space, soft hyphen
];

/** Replaces typographic characters outside CP858 with ASCII equivalents. */
export function normaliseForCp858(text: string): string {
  // NFC first: "u" + combining diaeresis (from macOS or copy-paste) becomes the CP858 "ü".
  let result = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) result = result.replace(pattern, replacement);
  return result;
}
