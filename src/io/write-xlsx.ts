// A sheet of text to an .xlsx file's bytes, through exceljs. Every cell is written as a text cell
// (a string value: exceljs writes it as a shared string, never as a formula), so a cell such as
// =HYPERLINK(…) is inert as it stands. Unlike CSV, it needs no apostrophe before it, which Excel
// would show and a consultant would copy into the form as part of the title (review finding 12).

export async function xlsxBytes(sheetName: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 34 : 48;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
