// A sheet of text to an .xlsx file's bytes, through exceljs. Every cell is written as text and
// neutralized (no cell starts with =, +, -, @): the workbook never holds a formula we did not mean.
import { neutralizeCell } from '../core/survey/neutralize-cell.js';

export async function xlsxBytes(sheetName: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map(neutralizeCell));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 34 : 48;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
