import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue, looksLikeFormula, workbookBytes } from './xlsx';

async function readBack(bytes: ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('XLSX export', () => {
  it('writes a bold, frozen header, text as text (never formulas), dates as dates', async () => {
    const bytes = await workbookBytes([
      {
        name: '员工',
        columns: [
          { header: '姓名' },
          { header: '电话' },
          { header: '入职日期', kind: 'date' },
          { header: '经验（月）', kind: 'number' },
          { header: '时间', kind: 'datetime' },
        ],
        rows: [
          ['=HYPERLINK("http://x","点我")', '13905310001', '2026-02-28', 14, '2026-03-01T02:03:04Z'],
          ['+1+2', '-5', '2028-02-29', 0, null],
          ['@SUM(A1)', '0531-8888', '', null, ''],
        ],
      },
    ]);
    const sheet = await readBack(bytes);
    expect(sheet.name).toBe('员工');

    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, '姓名', '电话', '入职日期', '经验（月）', '时间']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const formulaLike = [sheet.getCell('A2'), sheet.getCell('A3'), sheet.getCell('B3'), sheet.getCell('A4')];
    for (const cell of formulaLike) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://x","点我")');
    expect(sheet.getCell('B3').value).toBe('-5');
    // Phone numbers stay text (no 1.39E+10, no lost leading zero).
    expect(sheet.getCell('B2').value).toBe('13905310001');
    expect(sheet.getCell('B4').value).toBe('0531-8888');

    const hire = sheet.getCell('C2');
    expect(hire.type).toBe(ExcelJS.ValueType.Date);
    expect((hire.value as Date).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(hire.numFmt).toBe('yyyy-mm-dd');
    expect((sheet.getCell('C3').value as Date).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(sheet.getCell('C4').value).toBeNull();

    expect(sheet.getCell('D2').value).toBe(14);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);

    // 02:03:04 UTC is 10:03:04 in Shanghai; Excel shows the wall clock.
    const at = sheet.getCell('E2');
    expect(at.type).toBe(ExcelJS.ValueType.Date);
    expect((at.value as Date).toISOString()).toBe('2026-03-01T10:03:04.000Z');
    expect(at.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(sheet.rowCount).toBe(4);
  });

  it('recognises formula-like text and converts single cells', () => {
    expect(['=1', '+1', '-1', '@x', '\tx'].every(looksLikeFormula)).toBe(true);
    expect(looksLikeFormula('王磊')).toBe(false);
    expect(cellValue('=1+2')).toBe('=1+2');
    expect(cellValue('2026-02-30', 'date')).toBe('2026-02-30');
    expect(cellValue(null, 'date')).toBeNull();
    expect(cellValue(5, 'text')).toBe('5');
  });
});
