/**
 * The job import (R-JOB-4): a sheet of after-sales notices or a sales work plan, read in the browser,
 * its columns matched by header, each row turned into a `JobImportRow` and checked the way the
 * server checks it, so the preview shows every problem before anything is sent.
 *
 * The file format is fixed and Chinese (the department's sheets are): a sheet made with the template
 * imports the same whatever language the UI is in, so the headers and the words a cell may hold
 * (类型, 优先级) live here, not in the locale files. Other spellings are accepted as aliases.
 *
 * A rework is not imported: it is raised from its original job (the server refuses it as
 * `rows[i].kind` not_allowed, and so does the preview).
 */
import type { FieldViolation } from '@/api/api-error';
import type { JobImportItem, JobImportRow, JobKind, Priority } from '@/modules/jobs/api';
import { isRealDate } from '@/utils/dates';
import type { XlsxSheet } from '@/utils/xlsx';
import { isValidPhone } from '@/utils/phone';
import { JOB_KINDS, JOB_LIMITS, isTimeOfDay } from './data';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A field a column can fill: a JobImportRow field, or an item's model or quantity. */
export type ImportField =
  | 'kind'
  | 'customerName'
  | 'dealerName'
  | 'siteStreet'
  | 'contactName'
  | 'contactPhone'
  | 'requestedDate'
  | 'windowStart'
  | 'windowEnd'
  | 'priority'
  | 'sourceDocument'
  | 'notes'
  | 'model'
  | 'quantity';

/** One column of the template: its header, whether a row needs it, and the headers also taken. */
export interface ImportColumn {
  field: ImportField;
  header: string;
  required: boolean;
  aliases: readonly string[];
}

/** The template's columns, in order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: 'kind', header: '类型', required: false, aliases: ['任务类型', '類型', '任務類型', 'kind', 'type'] },
  {
    field: 'customerName',
    header: '客户名称',
    required: false,
    aliases: ['客户', '客戶名稱', '客戶', '单位名称', 'customer', 'customername'],
  },
  {
    field: 'dealerName',
    header: '经销商名称',
    required: false,
    aliases: ['经销商', '經銷商名稱', '經銷商', 'dealer', 'dealername'],
  },
  {
    field: 'siteStreet',
    header: '地址（街道）',
    required: false,
    aliases: ['地址', '街道', '详细地址', '地址(街道)', '地址（街道）', '詳細地址', 'street', 'sitestreet', 'address'],
  },
  { field: 'contactName', header: '联系人', required: true, aliases: ['聯絡人', '聯繫人', 'contact', 'contactname'] },
  {
    field: 'contactPhone',
    header: '联系电话',
    required: true,
    aliases: ['电话', '手机', '聯絡電話', '電話', 'phone', 'contactphone'],
  },
  {
    field: 'requestedDate',
    header: '要求日期',
    required: true,
    aliases: ['日期', '计划日期', '安装日期', '送货日期', '要求日期', '日期', 'date', 'requesteddate'],
  },
  {
    field: 'windowStart',
    header: '开始时间',
    required: false,
    aliases: ['开始', '時段開始', '開始時間', '时间段', '時間段', 'start', 'windowstart'],
  },
  { field: 'windowEnd', header: '结束时间', required: false, aliases: ['结束', '結束時間', 'end', 'windowend'] },
  { field: 'priority', header: '优先级', required: false, aliases: ['優先級', '緊急程度', '紧急程度', 'priority'] },
  {
    field: 'sourceDocument',
    header: '来源单号',
    required: false,
    aliases: ['单号', '通知单号', '计划单号', '來源單號', '單號', 'source', 'sourcedocument'],
  },
  { field: 'notes', header: '备注', required: false, aliases: ['備註', '说明', 'notes', 'note', 'remark'] },
  { field: 'model', header: '产品型号', required: false, aliases: ['型号', '產品型號', '型號', 'model', 'product'] },
  { field: 'quantity', header: '数量', required: false, aliases: ['數量', 'qty', 'quantity'] },
];

/** The kinds a sheet row may be: every kind but a rework. */
export const IMPORT_KINDS: readonly JobKind[] = JOB_KINDS.filter((kind) => kind !== 'rework');

/** Words a 类型 cell may hold, besides the kind's own name (返工 is known, to be refused by name). */
const KIND_WORDS: Record<string, JobKind> = {
  安装: 'installation',
  送货安装: 'installation',
  客户安装: 'installation',
  經銷商送貨: 'dealer_delivery',
  经销商送货: 'dealer_delivery',
  经销商配送: 'dealer_delivery',
  经销商安装: 'dealer_installation',
  经销商送货安装: 'dealer_installation',
  經銷商安裝: 'dealer_installation',
  經銷商送貨安裝: 'dealer_installation',
  售后: 'after_sales',
  售后服务: 'after_sales',
  售后通知: 'after_sales',
  售後: 'after_sales',
  售後服務: 'after_sales',
  返工: 'rework',
  其他: 'other',
  其它: 'other',
  安裝: 'installation',
};

/** Words a 优先级 cell may hold. */
const PRIORITY_WORDS: Record<string, Priority> = {
  普通: 'normal',
  一般: 'normal',
  正常: 'normal',
  normal: 'normal',
  加急: 'urgent',
  紧急: 'urgent',
  緊急: 'urgent',
  急: 'urgent',
  urgent: 'urgent',
};

/** A header or word as compared: no spaces, ASCII brackets, lower case. */
export function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/\*$/, '').toLowerCase();
}

/** Which column of the sheet fills which field. */
export interface ColumnMapping {
  /** Field → column index (0-based). */
  columns: Partial<Record<ImportField, number>>;
  /** Required columns the header row lacks. */
  missing: ImportField[];
  /** Headers no field takes (ignored, shown so the user knows). */
  ignored: string[];
}

/** Matches a header row to the template's columns (exact header first, then aliases). */
export function mapColumns(header: readonly string[]): ColumnMapping {
  const columns: Partial<Record<ImportField, number>> = {};
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const text = normalizeHeader(cell);
    if (!text) return;
    const column =
      IMPORT_COLUMNS.find((c) => normalizeHeader(c.header) === text) ??
      IMPORT_COLUMNS.find((c) => c.aliases.some((alias) => normalizeHeader(alias) === text));
    if (column && columns[column.field] === undefined) columns[column.field] = index;
    else ignored.push(cell.trim());
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && columns[c.field] === undefined).map((c) => c.field);
  return { columns, missing, ignored };
}

/** A date cell as YYYY-MM-DD: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日; null when it is none. */
export function parseSheetDate(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

/** A time cell as HH:MM: 9:00, 09:00, 09:00:00, 9点, 24:00; null when it is none. */
export function parseSheetTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:：](\d{2})(?::\d{2})?|\s*[点點](?:(\d{1,2})分?)?)$/.exec(text.trim());
  if (!match) return null;
  const hh = match[1]?.padStart(2, '0') ?? '';
  const mm = (match[2] ?? match[3] ?? '0').padStart(2, '0');
  const time = `${hh}:${mm}`;
  return isTimeOfDay(time) ? time : null;
}

/** A 类型 cell as a kind (its name or a Chinese word), or null. */
export function parseKind(text: string): JobKind | null {
  const word = normalizeHeader(text);
  const byName = JOB_KINDS.find((kind) => kind === word);
  return byName ?? KIND_WORDS[word] ?? null;
}

/** A 优先级 cell as a priority, or null. */
export function parsePriority(text: string): Priority | null {
  return PRIORITY_WORDS[normalizeHeader(text)] ?? null;
}

/** The values of a cell that lists several (`A-100；B-200`, one a line …). */
export function splitList(text: string): string[] {
  return text
    .split(/[;；、\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One sheet row read: what would be sent, where it is in the sheet, and what is wrong with it. */
export interface ParsedRow {
  /** The row number as the spreadsheet shows it (the header is row 1 of a template). */
  sheetRow: number;
  row: JobImportRow;
  /** Problems found here, named as the server names them after `rows[i].`. */
  problems: FieldViolation[];
}

/** The whole sheet read. */
export interface ParsedSheet {
  mapping: ColumnMapping;
  rows: ParsedRow[];
  /** The header row's number (1-based); 0 when the sheet is empty. */
  headerRow: number;
}

const KINDS_FOR_DEALER: readonly JobKind[] = ['dealer_delivery', 'dealer_installation'];

/** Turns one data row into a JobImportRow and its problems. */
export function parseRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  defaultKind: JobKind,
  sheetRow: number,
): ParsedRow {
  const cell = (field: ImportField): string => {
    const index = mapping.columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const problems: FieldViolation[] = [];
  const problem = (field: string, reason: string, detail?: string): void => {
    problems.push(detail ? { field, reason, detail } : { field, reason });
  };
  const tooLong = (field: ImportField & keyof JobImportRow, max: number): void => {
    if (cell(field).length > max) problem(field, 'too_long');
  };

  const kindText = cell('kind');
  const kind = kindText ? parseKind(kindText) : defaultKind;
  if (kind === null) problem('kind', 'invalid_value', kindText);
  else if (!IMPORT_KINDS.includes(kind)) problem('kind', 'not_allowed', kindText);

  const row: JobImportRow = {
    kind: kind ?? defaultKind,
    contactName: cell('contactName'),
    contactPhone: cell('contactPhone').replace(/\s+/g, ''),
    requestedDate: '',
  };
  const optional = ['customerName', 'dealerName', 'siteStreet', 'sourceDocument', 'notes'] as const;
  for (const field of optional) {
    const value = cell(field);
    if (value) row[field] = value;
  }

  if (KINDS_FOR_DEALER.includes(row.kind)) {
    if (!row.dealerName) problem('dealerName', 'required');
  } else if (row.kind === 'installation') {
    if (!row.customerName) problem('customerName', 'required');
  } else if (!row.customerName && !row.dealerName) {
    problem('customerName', 'customer_or_dealer');
  }

  if (!row.contactName) problem('contactName', 'required');
  tooLong('contactName', JOB_LIMITS.contactNameMax);
  if (!row.contactPhone) problem('contactPhone', 'required');
  else if (!isValidPhone(row.contactPhone)) problem('contactPhone', 'invalid_phone', row.contactPhone);

  const dateText = cell('requestedDate');
  const date = dateText ? parseSheetDate(dateText) : null;
  if (!dateText) problem('requestedDate', 'required');
  else if (date === null) problem('requestedDate', 'invalid_date', dateText);
  else row.requestedDate = date;
  if (date === null && dateText) row.requestedDate = dateText;

  // A start cell may hold the whole window, 09:00-12:00.
  let startText = cell('windowStart');
  let endText = cell('windowEnd');
  const range = /^(.+?)\s*[-–—~～至到]\s*(.+)$/.exec(startText);
  if (range && !endText) {
    startText = range[1] ?? '';
    endText = range[2] ?? '';
  }
  const start = startText ? parseSheetTime(startText) : null;
  const end = endText ? parseSheetTime(endText) : null;
  if (startText && start === null) problem('windowStart', 'invalid_time', startText);
  if (endText && end === null) problem('windowEnd', 'invalid_time', endText);
  if (start) row.windowStart = start;
  if (end) row.windowEnd = end;
  if (start && end && start >= end) problem('windowEnd', 'window_order');

  const priorityText = cell('priority');
  if (priorityText) {
    const priority = parsePriority(priorityText);
    if (priority) row.priority = priority;
    else problem('priority', 'invalid_value', priorityText);
  }
  tooLong('sourceDocument', JOB_LIMITS.sourceDocumentMax);
  tooLong('notes', JOB_LIMITS.notesMax);

  const models = splitList(cell('model'));
  const quantities = splitList(cell('quantity'));
  if (models.length > 0 || quantities.length > 0) {
    const items: JobImportItem[] = [];
    if (quantities.length !== models.length) {
      problem('items', 'items_mismatch', `${models.length} / ${quantities.length}`);
    }
    models.forEach((model, i) => {
      const text = quantities[i] ?? '';
      const quantity = /^\d+$/.test(text) ? Number(text) : NaN;
      if (model.length > 50) problem(`items[${i}].model`, 'too_long');
      if (text && (!Number.isInteger(quantity) || quantity < 1))
        problem(`items[${i}].quantity`, 'must_be_positive', text);
      else if (quantity > JOB_LIMITS.quantityMax) problem(`items[${i}].quantity`, 'too_large');
      items.push({ model, quantity: Number.isInteger(quantity) ? quantity : 0 });
    });
    if (items.length > JOB_LIMITS.itemsMax) problem('items', 'too_many_items');
    row.items = items;
  } else if (KINDS_FOR_DEALER.includes(row.kind) || row.kind === 'installation') {
    problem('items', 'items_required');
  }
  return { sheetRow, row, problems };
}

/**
 * Reads a sheet (rows of cell texts): the first non-empty row is the header, empty rows are
 * skipped, each other row becomes a JobImportRow. `defaultKind` fills an empty 类型 cell.
 */
export function parseSheet(cells: readonly (readonly string[])[], defaultKind: JobKind): ParsedSheet {
  const headerIndex = cells.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return { mapping: { columns: {}, missing: [], ignored: [] }, rows: [], headerRow: 0 };
  const mapping = mapColumns(cells[headerIndex] ?? []);
  const rows: ParsedRow[] = [];
  for (let i = headerIndex + 1; i < cells.length; i += 1) {
    const line = cells[i] ?? [];
    if (line.every((cell) => cell.trim() === '')) continue;
    rows.push(parseRow(line, mapping, defaultKind, i + 1));
  }
  return { mapping, rows, headerRow: headerIndex + 1 };
}

/** Whether a report line is a row refused for its kind (a rework, which is not imported). */
export function isKindRefused(line: Pick<ReportLine, 'field' | 'violation'>): boolean {
  return line.field === 'kind' && line.violation.reason === 'not_allowed';
}

/** One line of the error report: the sheet row, the column and why. */
export interface ReportLine {
  sheetRow: number;
  field: string;
  violation: FieldViolation;
}

/** The field's column header in the sheet (`items[1].quantity` → 数量 (2)). */
export function fieldHeader(field: string): string {
  const item = /^items\[(\d+)\]\.(model|quantity)$/.exec(field);
  if (item) {
    const column = IMPORT_COLUMNS.find((c) => c.field === item[2]);
    return `${column?.header ?? item[2]} (${Number(item[1]) + 1})`;
  }
  if (field === 'items')
    return `${IMPORT_COLUMNS.find((c) => c.field === 'model')?.header ?? ''} / ${IMPORT_COLUMNS.find((c) => c.field === 'quantity')?.header ?? ''}`;
  return IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;
}

/** Problems found in the browser, row by row, as report lines. */
export function clientReport(rows: readonly ParsedRow[]): ReportLine[] {
  return rows.flatMap((row) =>
    row.problems.map((violation) => ({ sheetRow: row.sheetRow, field: violation.field, violation })),
  );
}

/**
 * The server's refusal as report lines: `rows[i].field` is the i-th row sent, shown with its sheet
 * row; a violation that names no row (e.g. `rows` too many) gets row 0.
 */
export function serverReport(violations: readonly FieldViolation[], sent: readonly ParsedRow[]): ReportLine[] {
  return violations.map((violation) => {
    const match = /^rows\[(\d+)\](?:\.(.+))?$/.exec(violation.field);
    if (!match) return { sheetRow: 0, field: violation.field, violation };
    const row = sent[Number(match[1])];
    return { sheetRow: row?.sheetRow ?? Number(match[1]) + 2, field: match[2] ?? '', violation };
  });
}

/** The template workbook: the header row to fill in, and a sheet explaining each column. */
export function templateSheets(t: Translate): XlsxSheet[] {
  return [
    {
      name: t('jobs.import.templateSheet'),
      columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, kind: 'text' as const })),
      rows: [],
    },
    {
      name: t('jobs.import.helpSheet'),
      columns: [
        { header: t('jobs.import.helpColumns.column') },
        { header: t('jobs.import.helpColumns.required') },
        { header: t('jobs.import.helpColumns.meaning') },
        { header: t('jobs.import.helpColumns.example') },
      ],
      rows: IMPORT_COLUMNS.map((c) => [
        c.header,
        c.required ? t('common.labels.yes') : t('common.labels.no'),
        t(`jobs.import.help.${c.field}`),
        t(`jobs.import.examples.${c.field}`),
      ]),
    },
  ];
}
