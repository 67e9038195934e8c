// How wide a text sets, in half-width units: CJK scripts and full-width forms (from U+2E80 on) and the general
// punctuation Chinese faces set full-width (“” —— ……) take two, everything else one. Counted by code unit, as
// it runs over every character of thousands of reports and every cell of the workbook.
export function halfWidthUnits(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The second half of a surrogate pair: the first half counted the character.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    width += c >= 0x2e80 || (c >= 0x2010 && c <= 0x206f) ? 2 : 1;
  }
  return width;
}
