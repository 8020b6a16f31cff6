// CSV injection: a spreadsheet runs a cell that starts with =, +, -, @, tab or carriage return as
// a formula (=HYPERLINK(…) can leak data). Every CSV cell this tool writes goes through here and
// starts with an apostrophe instead, which spreadsheets show as text (an XLSX needs none: its
// cells are typed, io/write-xlsx.ts). The import ignores that apostrophe (normalize-title.ts). Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutralizeCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** One CSV field, RFC 4180: quoted when it holds a comma, quote or line break; neutralized first. */
function csvField(text: string): string {
  const safe = neutralizeCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 and Excel expect; UTF-8 BOM so Excel reads accents). */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
