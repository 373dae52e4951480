/**
 * XLSX workbooks written in the browser with exceljs (ADR 0008). exceljs is large, so it is loaded
 * only when someone exports. Rules: text that looks like a formula (=, +, -, @) stays text; dates
 * are real dates with a date format; the header row is bold and frozen.
 */
import type * as ExcelJsModule from 'exceljs';
import type { Workbook } from 'exceljs';
import { isRealDate } from './dates';

/** A value for one cell. */
export type XlsxCell = string | number | boolean | Date | null | undefined;

/** How a column's cells are written: text (default), number, calendar date, or date and time. */
export type XlsxKind = 'text' | 'number' | 'date' | 'datetime';

export interface XlsxColumn {
  /** The header text, already localized. */
  header: string;
  kind?: XlsxKind;
}

export interface XlsxSheet {
  /** Sheet name (Excel allows 31 characters and no : \ / ? * [ ]). */
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxCell[])[];
}

/** The most rows one export writes; the UI says so when a list has more. */
export const EXPORT_ROW_LIMIT = 5000;

const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Whether Excel (or a CSV reader) could take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A YYYY-MM-DD date as the Date exceljs writes as that calendar day (UTC midnight). */
function calendarDay(text: string): Date | null {
  if (!isRealDate(text)) return null;
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** An instant as the Date whose UTC fields read as the wall clock in Asia/Shanghai (Excel has no zones). */
function shanghaiWallClock(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS);
}

/** The value exceljs should store for one cell of a column kind. */
export function cellValue(value: XlsxCell, kind: XlsxKind = 'text'): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date':
      if (value instanceof Date) return value;
      return (typeof value === 'string' && calendarDay(value.slice(0, 10))) || String(value);
    case 'datetime':
      if (typeof value === 'string' || value instanceof Date) return shanghaiWallClock(value) ?? String(value);
      return String(value);
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      // Always a string cell (never a formula: exceljs writes formulas only from { formula }).
      return value instanceof Date ? value : String(value);
  }
}

/** Display width of text in Excel's character units (CJK characters are about two). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2.1 : 1.1;
  return width;
}

async function loadExcelJs(): Promise<typeof ExcelJsModule> {
  const module = await import('exceljs');
  // A CommonJS/UMD package: bundlers hand its exports over as the default export.
  return (module.default ?? module) as typeof ExcelJsModule;
}

/** Builds the workbook (one sheet per entry) in memory. */
export async function buildWorkbook(sheets: readonly XlsxSheet[]): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kefu';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    const widths = sheet.columns.map((c) => textWidth(c.header));
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      style:
        c.kind === 'date'
          ? { numFmt: DATE_FORMAT }
          : c.kind === 'datetime'
            ? { numFmt: DATETIME_FORMAT }
            : c.kind === 'number'
              ? {}
              : { numFmt: '@' },
    }));
    for (const row of sheet.rows) {
      const values = sheet.columns.map((c, i) => cellValue(row[i], c.kind));
      ws.addRow(values);
      values.forEach((v, i) => {
        const w = v instanceof Date ? (sheet.columns[i]?.kind === 'datetime' ? 20 : 11) : textWidth(String(v ?? ''));
        widths[i] = Math.max(widths[i] ?? 0, w);
      });
    }
    ws.columns.forEach((column, i) => {
      column.width = Math.min(60, Math.max(8, (widths[i] ?? 8) + 2));
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle' };
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(sheets: readonly XlsxSheet[]): Promise<ArrayBuffer> {
  const workbook = await buildWorkbook(sheets);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes to the user as a download named `filename`. */
export function downloadFile(bytes: ArrayBuffer, filename: string, mime = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
