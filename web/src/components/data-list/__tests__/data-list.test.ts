import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { ApiError } from '@/api/api-error';
import type { ListState } from '@/composables/use-paged-list';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import { DataList, cellText, fromTableSort, toTableSort, type ListColumn } from '../index';

interface Person {
  id: number;
  name: string;
  phone: string;
  note: string;
}

let mobile = false;

beforeAll(() => {
  stubMatchMedia(() => mobile);
  setLocale('zh-CN');
});

afterEach(() => {
  mobile = false;
});

const columns: ListColumn<Person>[] = [
  { key: 'name', label: '姓名', card: 'title', sortable: true },
  { key: 'phone', label: '电话' },
  { key: 'note', label: '备注' },
  { key: 'secret', label: '仅导出', exportOnly: true, value: () => 'x' },
];
const people: Person[] = [
  { id: 1, name: '王磊', phone: '13905310011', note: '' },
  { id: 2, name: '李强', phone: '13905310002', note: '司机' },
];

function mountList(props: { state: ListState; items?: Person[]; error?: ApiError | null; sort?: string }) {
  return mount(DataList<Person>, {
    props: { columns, items: [], rowKey: 'id', emptyText: '没有符合条件的员工', testid: 'people', ...props },
    slots: {
      actions: ({ row }: { row: Person }) => h('button', { class: 'act' }, `编辑${row.name}`),
    },
    global: { plugins: [ElementPlus, i18n] },
  });
}

describe('DataList', () => {
  it('shows a skeleton on the first load, not the empty message', () => {
    const wrapper = mountList({ state: 'loading' });
    expect(wrapper.find('[data-testid="list-skeleton"]').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('没有符合条件的员工');
  });

  it('shows the error with a retry button, never "no matching records"', async () => {
    const wrapper = mountList({ state: 'error', error: new ApiError(500, 'INTERNAL', 'boom') });
    expect(wrapper.find('[data-testid="list-error"]').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('没有符合条件的员工');
    await wrapper.find('[data-testid="list-retry"]').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('shows the empty message when the load succeeded with no rows', () => {
    const wrapper = mountList({ state: 'empty' });
    expect(wrapper.text()).toContain('没有符合条件的员工');
    expect(wrapper.find('[data-testid="list-error"]').exists()).toBe(false);
  });

  it('renders a table on a desktop, with the actions column and without export-only columns', async () => {
    const wrapper = mountList({ state: 'ready', items: people });
    await vi.waitFor(() => expect(wrapper.findAll('th').length).toBeGreaterThan(0));
    expect(wrapper.find('[data-testid="people-table"]').exists()).toBe(true);
    const headers = wrapper.findAll('th').map((th) => th.text());
    expect(headers).toEqual(expect.arrayContaining(['姓名', '电话', '操作']));
    expect(headers).not.toContain('仅导出');
    expect(wrapper.findAll('[data-testid="row-actions"] .act').map((b) => b.text())).toContain('编辑王磊');
  });

  it('renders cards on a phone: title, labelled fields (empty ones left out) and visible actions', () => {
    mobile = true;
    const wrapper = mountList({ state: 'ready', items: people });
    expect(wrapper.find('[data-testid="people-table"]').exists()).toBe(false);
    const cards = wrapper.findAll('[data-testid="people-card"]');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.find('.data-card__title').text()).toBe('王磊');
    expect(cards[0]?.findAll('dt').map((dt) => dt.text())).toEqual(['电话']);
    expect(cards[1]?.findAll('dt').map((dt) => dt.text())).toEqual(['电话', '备注']);
    expect(cards[1]?.find('[data-testid="row-actions"] .act').text()).toBe('编辑李强');
  });

  it('offers the sortable columns both ways on a phone and emits the sort', async () => {
    mobile = true;
    const wrapper = mountList({ state: 'ready', items: people, sort: '' });
    expect(wrapper.find('[data-testid="people-sort"]').exists()).toBe(true);
    wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', '-name');
    expect(wrapper.emitted('update:sort')).toEqual([['-name']]);
  });
});

describe('DataList helpers', () => {
  it('maps the URL sort to the table sort and back', () => {
    expect(toTableSort('-name')).toEqual({ prop: 'name', order: 'descending' });
    expect(toTableSort('')).toBeUndefined();
    expect(fromTableSort('name', 'ascending')).toBe('name');
    expect(fromTableSort('name', 'descending')).toBe('-name');
    expect(fromTableSort('name', null)).toBe('');
  });

  it('takes a cell text from the value function, else the property', () => {
    const [first, second] = people as [Person, Person];
    expect(cellText({ key: 'phone', label: '' }, first)).toBe('13905310011');
    expect(cellText({ key: 'x', label: '', value: (p: Person) => p.id * 2 }, second)).toBe('4');
    expect(cellText({ key: 'missing', label: '' }, first)).toBe('');
  });
});
