import { describe, expect, it } from 'vitest';
import { cellText, decodeCsv, parseCsv, readSheetFile, readXlsx, sheetKindOf } from './sheet';
import { workbookBytes } from './xlsx';

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, CRLF and a BOM', () => {
    const text = '\uFEFF型号,名称,体积\r\nQH-1,"办公桌, 1600","0.23"\r\n"SS ""A""",椅,1\r\n';
    expect(parseCsv(text)).toEqual([
      ['型号', '名称', '体积'],
      ['QH-1', '办公桌, 1600', '0.23'],
      ['SS "A"', '椅', '1'],
    ]);
  });

  it('keeps line breaks inside quotes and drops empty trailing rows', () => {
    expect(parseCsv('a,b\n"x\ny",2\n\n,\n')).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
    ]);
  });

  it('reads a tab-separated file', () => {
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads a semicolon-separated file (Excel in some locales), commas inside cells kept', () => {
    expect(parseCsv('型号;名称\nQH-1;"桌, 1600"\n')).toEqual([
      ['型号', '名称'],
      ['QH-1', '桌, 1600'],
    ]);
  });

  it('keeps empty rows inside the sheet, so row numbers match the spreadsheet', () => {
    expect(parseCsv('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeCsv(new TextEncoder().encode('型号,名称').buffer as ArrayBuffer)).toBe('型号,名称');
    // "办公桌" in GBK: B0 EC B9 AB D7 C0
    const gbk = new Uint8Array([0xb0, 0xec, 0xb9, 0xab, 0xd7, 0xc0]);
    expect(decodeCsv(gbk.buffer)).toBe('办公桌');
  });
});

describe('readXlsx', () => {
  it('reads back what the export writes, numbers as typed', async () => {
    const bytes = await workbookBytes([
      {
        name: '产品',
        columns: [{ header: '型号' }, { header: '体积', kind: 'number' }, { header: '名称' }],
        rows: [
          ['QH-1', 0.23, '办公桌'],
          ['=SUM(1)', 1, ''],
        ],
      },
    ]);
    expect(await readXlsx(bytes)).toEqual([
      ['型号', '体积', '名称'],
      ['QH-1', '0.23', '办公桌'],
      ['=SUM(1)', '1', ''],
    ]);
  });
});

describe('cellText', () => {
  it('says dates as days, times of day as HH:MM, formulas by result, errors as nothing', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 14, 30)))).toBe('14:30');
    expect(cellText({ formula: 'A1*2', result: 4 })).toBe('4');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText({ richText: [{ text: '办公' }, { text: '桌 ' }] })).toBe('办公桌');
  });
});

describe('readSheetFile', () => {
  it('reads a CSV file saved by Excel on a Chinese Windows (GB18030)', async () => {
    // "型号,数量\r\n桌,2" in GBK: 型号 = D0 CD BA C5, 数量 = CA FD C1 BF, 桌 = D7 C0.
    const bytes = new Uint8Array([
      0xd0, 0xcd, 0xba, 0xc5, 0x2c, 0xca, 0xfd, 0xc1, 0xbf, 0x0d, 0x0a, 0xd7, 0xc0, 0x2c, 0x32,
    ]);
    const file = Object.assign(new Blob([bytes]), { name: '计划.csv' });
    expect(await readSheetFile(file)).toEqual([
      ['型号', '数量'],
      ['桌', '2'],
    ]);
  });

  it('refuses a file that is not a sheet by its name', async () => {
    await expect(readSheetFile(Object.assign(new Blob(['x']), { name: 'a.xls' }))).rejects.toThrow(TypeError);
  });
});

describe('sheetKindOf', () => {
  it('goes by the extension', () => {
    expect(sheetKindOf('产品.XLSX')).toBe('xlsx');
    expect(sheetKindOf('a.csv')).toBe('csv');
    expect(sheetKindOf('a.xls')).toBeNull();
  });
});
