import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { parseCsv, readXlsx } from '@/utils/sheet';
import { workbookBytes } from '@/utils/xlsx';
import {
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  clientReport,
  fieldHeader,
  isKindRefused,
  mapColumns,
  parseRow,
  parseSheet,
  parseSheetDate,
  parseSheetTime,
  serverReport,
  templateSheets,
} from './import';

setLocale('zh-CN');
const t = (key: string, values?: Record<string, unknown>): string => i18n.global.t(key, values ?? {});

const HEADER = IMPORT_COLUMNS.map((c) => c.header);

/** A row in the template's column order. */
function line(values: Partial<Record<(typeof IMPORT_COLUMNS)[number]['field'], string>>): string[] {
  return IMPORT_COLUMNS.map((c) => values[c.field] ?? '');
}

describe('column mapping', () => {
  it("maps the template's Chinese headers, in any order", () => {
    const mapping = mapColumns([...HEADER].reverse());
    expect(mapping.missing).toEqual([]);
    expect(mapping.ignored).toEqual([]);
    expect(mapping.columns.kind).toBe(HEADER.length - 1);
    expect(mapping.columns.quantity).toBe(0);
  });

  it('takes aliases (traditional Chinese, English, spaces, full-width brackets) and names what it ignores', () => {
    const mapping = mapColumns([' 聯絡人 ', 'Phone', '日期', '地址（街道）', '客户', '颜色']);
    expect(mapping.columns).toMatchObject({
      contactName: 0,
      contactPhone: 1,
      requestedDate: 2,
      siteStreet: 3,
      customerName: 4,
    });
    expect(mapping.missing).toEqual([]);
    expect(mapping.ignored).toEqual(['颜色']);
  });

  it('says which required columns are missing', () => {
    expect(mapColumns(['客户名称', '联系人']).missing).toEqual(['contactPhone', 'requestedDate']);
  });
});

describe('row parsing', () => {
  const mapping = mapColumns(HEADER);

  it('turns a good row into a JobImportRow', () => {
    const parsed = parseRow(
      line({
        kind: '售后',
        customerName: ' 济南华科 ',
        siteStreet: '经十路 100 号',
        contactName: '张经理',
        contactPhone: '138 0013 8000',
        requestedDate: '2026/3/5',
        windowStart: '9:00-12:00',
        priority: '加急',
        sourceDocument: 'SH-1',
        model: 'KF-D1600；KF-C01',
        quantity: '2;6',
      }),
      mapping,
      'installation',
      2,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.row).toEqual({
      kind: 'after_sales',
      customerName: '济南华科',
      siteStreet: '经十路 100 号',
      contactName: '张经理',
      contactPhone: '13800138000',
      requestedDate: '2026-03-05',
      windowStart: '09:00',
      windowEnd: '12:00',
      priority: 'urgent',
      sourceDocument: 'SH-1',
      items: [
        { model: 'KF-D1600', quantity: 2 },
        { model: 'KF-C01', quantity: 6 },
      ],
    });
  });

  it('an empty kind cell takes the kind chosen for the file', () => {
    const parsed = parseRow(
      line({ customerName: 'A', contactName: '王', contactPhone: '13800138000', requestedDate: '2026-03-05' }),
      mapping,
      'after_sales',
      3,
    );
    expect(parsed.row.kind).toBe('after_sales');
    expect(parsed.problems).toEqual([]);
  });

  it('a bad row names every problem, as the server would name the fields', () => {
    const parsed = parseRow(
      line({
        kind: '搬家',
        contactPhone: '12345',
        requestedDate: '2026-02-30',
        windowStart: '25:00',
        windowEnd: '08:00',
        priority: '很急',
        model: 'A;B',
        quantity: '0',
      }),
      mapping,
      'installation',
      7,
    );
    expect(parsed.sheetRow).toBe(7);
    expect(parsed.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'kind:invalid_value',
      'customerName:required',
      'contactName:required',
      'contactPhone:invalid_phone',
      'requestedDate:invalid_date',
      'windowStart:invalid_time',
      'priority:invalid_value',
      'items:items_mismatch',
      'items[0].quantity:must_be_positive',
    ]);
    expect(parsed.problems.find((p) => p.field === 'contactPhone')?.detail).toBe('12345');
  });

  it('a dealer job needs the dealer name and items', () => {
    const parsed = parseRow(
      line({
        kind: '经销商送货',
        customerName: 'A',
        contactName: '王',
        contactPhone: '13800138000',
        requestedDate: '2026-03-05',
      }),
      mapping,
      'installation',
      2,
    );
    expect(parsed.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'dealerName:required',
      'items:items_required',
    ]);
  });

  it('a rework is not imported: it is raised from its original job', () => {
    expect(IMPORT_KINDS).not.toContain('rework');
    expect(IMPORT_KINDS).toHaveLength(5);
    for (const kindText of ['返工', 'rework']) {
      const parsed = parseRow(
        line({
          kind: kindText,
          customerName: 'A',
          contactName: '王',
          contactPhone: '13800138000',
          requestedDate: '2026-03-05',
        }),
        mapping,
        'after_sales',
        4,
      );
      expect(parsed.problems).toEqual([{ field: 'kind', reason: 'not_allowed', detail: kindText }]);
      const [report] = clientReport([parsed]);
      expect(report && isKindRefused(report)).toBe(true);
    }
    // The server says the same of a row it was sent (rows[i].kind not_allowed).
    const [refusal] = serverReport([{ field: 'rows[0].kind', reason: 'not_allowed' }], []);
    expect(refusal && isKindRefused(refusal)).toBe(true);
  });

  it('the template does not offer a rework', () => {
    const help = templateSheets(t)[1]?.rows.find((row) => row[0] === '类型');
    expect(String(help?.[2])).not.toMatch(/^[^。]*返工/);
    expect(String(help?.[2])).toContain('返工不能导入');
  });

  it('reads the date and time spellings offices use', () => {
    expect(parseSheetDate('2026年3月5日')).toBe('2026-03-05');
    expect(parseSheetDate('2026.12.31')).toBe('2026-12-31');
    expect(parseSheetDate('2026-02-29')).toBeNull();
    expect(parseSheetDate('3/5/2026')).toBeNull();
    expect(parseSheetTime('9点')).toBe('09:00');
    expect(parseSheetTime('14:30:00')).toBe('14:30');
    expect(parseSheetTime('24:00')).toBe('24:00');
    expect(parseSheetTime('24:30')).toBeNull();
  });

  it('parses a sheet: header found after empty rows, blank rows skipped, sheet row numbers kept', () => {
    const sheet = parseSheet(
      [
        [],
        HEADER,
        line({ customerName: 'A', contactName: '王', contactPhone: '13800138000', requestedDate: '2026-03-05' }),
        ['', '', ''],
        line({ customerName: 'B', contactName: '', contactPhone: '13800138000', requestedDate: '2026-03-06' }),
      ],
      'after_sales',
    );
    expect(sheet.headerRow).toBe(2);
    expect(sheet.rows.map((r) => r.sheetRow)).toEqual([3, 5]);
    const report = clientReport(sheet.rows);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ sheetRow: 5, field: 'contactName' });
  });
});

describe('the error report', () => {
  it("places the server's rows[i].field on the sheet's rows", () => {
    const sheet = parseSheet(
      [
        HEADER,
        [],
        line({ customerName: 'A', contactName: '王', contactPhone: '13800138000', requestedDate: '2026-03-05' }),
        line({ customerName: 'B', contactName: '李', contactPhone: '13800138001', requestedDate: '2026-03-05' }),
      ],
      'after_sales',
    );
    const report = serverReport(
      [
        { field: 'rows[1].customerName', reason: 'not_found', detail: 'B' },
        { field: 'rows[0].items[1].model', reason: 'not_found' },
        { field: 'rows', reason: 'too_many' },
      ],
      sheet.rows,
    );
    expect(report.map((r) => [r.sheetRow, r.field, r.violation.reason])).toEqual([
      [4, 'customerName', 'not_found'],
      [3, 'items[1].model', 'not_found'],
      [0, 'rows', 'too_many'],
    ]);
    expect(fieldHeader('items[1].model')).toBe('产品型号 (2)');
    expect(fieldHeader('customerName')).toBe('客户名称');
  });
});

describe('reading files', () => {
  it('a CSV read with the shared reader keeps the sheet row numbers across blank lines', () => {
    const csv = [
      HEADER.join(','),
      '',
      line({ customerName: 'A', contactName: '王', contactPhone: '13800138000', requestedDate: '2026-03-05' }).join(
        ',',
      ),
      '',
    ].join('\r\n');
    const sheet = parseSheet(parseCsv(csv), 'after_sales');
    expect(sheet.rows.map((r) => r.sheetRow)).toEqual([3]);
    expect(sheet.rows[0]?.problems).toEqual([]);
  });

  it('the template round-trips: its header maps every column', async () => {
    const bytes = await workbookBytes(templateSheets(t));
    const rows = await readXlsx(bytes);
    expect(rows[0]).toEqual(HEADER);
    const sheet = parseSheet(rows, 'after_sales');
    expect(sheet.mapping.missing).toEqual([]);
    expect(Object.keys(sheet.mapping.columns)).toHaveLength(IMPORT_COLUMNS.length);
    expect(sheet.rows).toEqual([]);
  });

  it('times typed into XLSX cells (stored on Excel day zero) come back as HH:MM', async () => {
    const bytes = await workbookBytes([
      {
        name: '任务',
        // Date and time cells as Excel stores them when typed in (a date format: read back as dates).
        columns: IMPORT_COLUMNS.map((c) => ({
          header: c.header,
          kind: c.field === 'requestedDate' || c.field === 'windowStart' ? ('date' as const) : ('text' as const),
        })),
        rows: [
          line({ customerName: 'A', contactName: '王', contactPhone: '13800138000', requestedDate: '2026-03-05' }).map(
            (cell, i) =>
              IMPORT_COLUMNS[i]?.field === 'windowStart'
                ? new Date(Date.UTC(1899, 11, 30, 9, 30))
                : IMPORT_COLUMNS[i]?.field === 'requestedDate'
                  ? new Date(Date.UTC(2026, 2, 5))
                  : cell,
          ),
        ],
      },
    ]);
    const sheet = parseSheet(await readXlsx(bytes), 'after_sales');
    expect(sheet.rows[0]?.row).toMatchObject({ requestedDate: '2026-03-05', windowStart: '09:30' });
  });
});
