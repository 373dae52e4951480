/**
 * Reading spreadsheets in the browser for imports: CSV (UTF-8, or GB18030 as Excel saves it on a
 * Chinese Windows) and XLSX (first sheet, with exceljs, loaded only when a file is read). Every cell
 * comes back as trimmed text; the import decides what a cell means.
 */
import type * as ExcelJsModule from 'exceljs';

/** The rows of a sheet, each a list of cell texts (trailing empty rows dropped). */
export type SheetRows = string[][];

/** Parses CSV text (RFC 4180: quoted cells, "" inside quotes, CRLF or LF); a tab-separated file too. */
export function parseCsv(text: string): SheetRows {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: SheetRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell.trim());
    rows.push(row);
  }
  return dropEmptyTail(rows);
}

/** CSV bytes as text: UTF-8 when they are valid UTF-8, else GB18030 (Excel's "CSV" on Chinese Windows). */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function dropEmptyTail(rows: SheetRows): SheetRows {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === '')) end -= 1;
  return rows.slice(0, end);
}

/** The text of an exceljs cell value: numbers as typed, dates as YYYY-MM-DD, formulas by result. */
export function cellText(value: ExcelJsModule.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJsModule.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
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
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return dropEmptyTail(rows);
}

/** The kind of sheet a file name says, or null for anything else. */
export function sheetKindOf(filename: string): 'csv' | 'xlsx' | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** Reads a chosen file (.xlsx or .csv) as rows of cell texts. */
export async function readSheetFile(file: Blob & { name: string }): Promise<SheetRows> {
  const bytes = await file.arrayBuffer();
  return sheetKindOf(file.name) === 'xlsx' ? readXlsx(bytes) : parseCsv(decodeCsv(bytes));
}
