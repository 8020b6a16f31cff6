// Workbooks for the reader fault tests: a real one written by exceljs, then edited part by part
// with jszip (a merge added, a sheet made dense, a zip entry damaged), as a hostile or broken
// file would be, without building the hostile content in exceljs's own memory.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A workbook of these rows (null: a blank cell), as exceljs writes it. */
export async function workbookOf(rows: readonly (readonly (string | number | Date | null)[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its first sheet's XML edited. */
export async function withSheetXml(workbook: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Merged ranges added after the sheet's data, where Excel writes them. */
export function addMerges(refs: readonly string[]): (xml: string) => string {
  return (xml) => xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`);
}

/** `count` rows of one number each appended to the sheet's data, from row `from`. */
export function addRows(from: number, count: number): (xml: string) => string {
  return (xml) => {
    const rows: string[] = [];
    for (let r = from; r < from + count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
  };
}
