/**
 * Reading the chosen import file in the browser: CSV with papaparse (UTF-8, or GB18030 as Excel
 * saves "CSV" on a Chinese Windows), XLSX with exceljs (the first sheet; loaded only when a file is
 * read). Every cell comes back as trimmed text; the import decides what a cell means.
 */
import Papa from 'papaparse';
import type * as ExcelJsModule from 'exceljs';

/** The rows of a sheet, each a list of cell texts. */
export type SheetRows = string[][];

/** The kind of sheet a file name says, or null for anything else. */
export function sheetKindOf(filename: string): 'csv' | 'xlsx' | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** CSV bytes as text: UTF-8 when they are valid UTF-8, else GB18030. */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** CSV text (comma, semicolon or tab; quoted cells) as rows of trimmed cells, empty lines dropped. */
export function parseCsv(text: string): SheetRows {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] });
  return result.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
}

/** The text of an exceljs cell value: numbers as typed, dates as YYYY-MM-DD, times as HH:MM. */
export function xlsxCellText(value: ExcelJsModule.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    // A time of day alone is stored on Excel's day zero (1899-12-30).
    return iso.startsWith('1899-12-30') || iso.startsWith('1899-12-31') ? iso.slice(11, 16) : iso.slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return xlsxCellText(value.result as ExcelJsModule.CellValue);
    if ('text' in value) return String(value.text).trim();
  }
  return '';
}

async function loadExcelJs(): Promise<typeof ExcelJsModule> {
  const module = await import('exceljs');
  return (module.default ?? module) as typeof ExcelJsModule;
}

/** The first worksheet of an .xlsx file as rows of cell texts. */
export async function readXlsx(bytes: ArrayBuffer): Promise<SheetRows> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, width); c += 1) cells.push(xlsxCellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** Reads a chosen file (.xlsx, .csv) as rows of cell texts; null for another kind of file. */
export async function readSheetFile(file: Blob & { name: string }): Promise<SheetRows | null> {
  const kind = sheetKindOf(file.name);
  if (!kind) return null;
  const bytes = await file.arrayBuffer();
  return kind === 'xlsx' ? readXlsx(bytes) : parseCsv(decodeCsv(bytes));
}
