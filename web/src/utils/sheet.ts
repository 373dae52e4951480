/**
 * Reading spreadsheets in the browser for imports (products, jobs): CSV with papaparse (UTF-8, or
 * GB18030 as Excel saves "CSV" on a Chinese Windows; comma, tab or semicolon) and XLSX with exceljs
 * (the first sheet; loaded only when a file is read). Every cell comes back as trimmed text; the
 * import decides what a cell means. Empty rows inside the sheet are kept, so a row's index + 1 is
 * the row number the spreadsheet shows; empty rows at the end are dropped.
 */
import Papa from 'papaparse';
import type * as ExcelJsModule from 'exceljs';

/** The rows of a sheet, each a list of cell texts (trailing empty rows dropped). */
export type SheetRows = string[][];

/** The kind of sheet a file name says, or null for anything else. */
export function sheetKindOf(filename: string): 'csv' | 'xlsx' | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
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

/**
 * CSV text (RFC 4180: quoted cells, "" inside quotes, line breaks inside quotes, CRLF or LF; comma,
 * tab or semicolon separated; a BOM) as rows of trimmed cells.
 */
export function parseCsv(text: string): SheetRows {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // The separator is guessed from the first lines without their empty ones (they would spoil the
  // guess); the whole text is then read with the empty rows kept.
  const guess = Papa.parse<string[]>(source, {
    preview: 20,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';'],
  });
  const result = Papa.parse<string[]>(source, { delimiter: guess.meta.delimiter || ',', skipEmptyLines: false });
  return dropEmptyTail(result.data.map((row) => row.map((cell) => String(cell ?? '').trim())));
}

/**
 * The text of an exceljs cell value: numbers as typed, dates as YYYY-MM-DD, a time of day alone
 * as HH:MM, formulas by their result, errors as ''.
 */
export function cellText(value: ExcelJsModule.CellValue): string {
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
    if ('error' in value) return '';
    if ('result' in value) return cellText(value.result as ExcelJsModule.CellValue);
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
    for (let c = 1; c <= Math.max(row.cellCount, width); c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return dropEmptyTail(rows);
}

/**
 * Reads a chosen file as rows of cell texts, by its name: .xlsx, else .csv / .txt. Check
 * `sheetKindOf` first; another kind of file is refused (the promise rejects).
 */
export async function readSheetFile(file: Blob & { name: string }): Promise<SheetRows> {
  const kind = sheetKindOf(file.name);
  if (!kind) throw new TypeError(`not a spreadsheet: ${file.name}`);
  const bytes = await file.arrayBuffer();
  return kind === 'xlsx' ? readXlsx(bytes) : parseCsv(decodeCsv(bytes));
}
