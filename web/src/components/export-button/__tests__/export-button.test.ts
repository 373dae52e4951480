import ExcelJS from 'exceljs';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus, { ElMessage, ElMessageBox } from 'element-plus';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { ListColumn } from '@/components/data-list';
import { exportTable, useListExport, type ListExport } from '@/composables/use-list-export';
import { i18n, setLocale } from '@/locales';
import { ExportButton } from '../index';

interface Person {
  name: string;
  phone: string;
  hireDate: string;
  months: number;
}

const columns: ListColumn<Person>[] = [
  { key: 'name', label: '姓名' },
  { key: 'phone', label: '电话' },
  { key: 'hireDate', label: '入职日期', export: { kind: 'date' } },
  { key: 'months', label: '经验（月）', export: { kind: 'number', value: (p) => p.months } },
  { key: 'actions', label: '操作', export: false },
];
const people: Person[] = [
  { name: '=CMD()', phone: '13905310001', hireDate: '2026-01-05', months: 3 },
  { name: '李强', phone: '0531-8888888', hireDate: '2021-07-30', months: 62 },
];

let blobs: Blob[] = [];

beforeAll(() => {
  setLocale('zh-CN');
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  HTMLAnchorElement.prototype.click = vi.fn();
});

afterEach(() => {
  blobs = [];
  vi.restoreAllMocks();
});

function mountExporter(fetchAll: (limit: number) => Promise<{ items: Person[]; total: number }>, total = 2) {
  let exporter: ListExport | undefined;
  const Host = defineComponent({
    setup() {
      exporter = useListExport<Person>({ columns: () => columns, fetchAll, title: () => '员工', total: () => total });
      return () => h(ExportButton, { loading: exporter?.exporting.value, onExport: () => exporter?.run() });
    },
  });
  const wrapper = mount(Host, { global: { plugins: [ElementPlus, i18n] } });
  return { wrapper, run: () => exporter?.run() ?? Promise.resolve() };
}

async function readBack(blob: Blob): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('ExportButton + useListExport', () => {
  it('exports every row of the filters to a workbook: header, text, dates, numbers', async () => {
    const success = vi.spyOn(ElMessage, 'success').mockImplementation(() => ({ close: () => undefined }));
    const fetchAll = vi.fn(() => Promise.resolve({ items: people, total: 2 }));
    const { wrapper } = mountExporter(fetchAll);
    expect(wrapper.text()).toContain('导出');
    await wrapper.find('button').trigger('click');
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    await flushPromises();
    expect(fetchAll).toHaveBeenCalledWith(5000);

    const sheet = await readBack(blobs[0] as Blob);
    expect(sheet.name).toBe('员工');
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '电话', '入职日期', '经验（月）']);
    expect(sheet.getCell('A2').value).toBe('=CMD()');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').value).toBe('0531-8888888');
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(sheet.getCell('D3').value).toBe(62);
    expect(success).toHaveBeenCalledWith('已导出 2 条记录');
  });

  it('asks first when the list has more rows than one export holds, and says how many it wrote', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(undefined as never);
    const warning = vi.spyOn(ElMessage, 'warning').mockImplementation(() => ({ close: () => undefined }));
    const fetchAll = vi.fn(() => Promise.resolve({ items: people, total: 7200 }));
    const { run } = mountExporter(fetchAll, 7200);
    await run();
    expect(confirm.mock.calls[0]?.[0]).toContain('共有 7200 条记录');
    expect(warning).toHaveBeenCalledWith('已导出前 2 条记录（共 7200 条）');
  });

  it('does nothing when the user declines the capped export', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    const fetchAll = vi.fn(() => Promise.resolve({ items: people, total: 7200 }));
    const { run } = mountExporter(fetchAll, 7200);
    await run();
    expect(fetchAll).not.toHaveBeenCalled();
  });

  it('maps columns to export cells, leaving out export: false', () => {
    const table = exportTable(columns, people);
    expect(table.columns.map((c) => c.header)).toEqual(['姓名', '电话', '入职日期', '经验（月）']);
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'text', 'date', 'number']);
    expect(table.rows[1]).toEqual(['李强', '0531-8888888', '2021-07-30', 62]);
  });
});
