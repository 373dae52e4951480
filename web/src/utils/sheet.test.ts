import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv, readXlsx, sheetKindOf } from './sheet';
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

describe('sheetKindOf', () => {
  it('goes by the extension', () => {
    expect(sheetKindOf('产品.XLSX')).toBe('xlsx');
    expect(sheetKindOf('a.csv')).toBe('csv');
    expect(sheetKindOf('a.xls')).toBeNull();
  });
});
