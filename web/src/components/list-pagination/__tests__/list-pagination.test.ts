import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import { ListPagination, listPaginationEmits } from '../index';

let mobile = false;

beforeAll(() => {
  stubMatchMedia(() => mobile);
});

function mountPager(props: Record<string, unknown> = {}, attrs: Record<string, unknown> = {}) {
  return mount(ListPagination, {
    props: { page: 1, pageSize: 10, total: 95, ...props },
    attrs,
    global: { plugins: [ElementPlus, i18n] },
  });
}

describe('ListPagination', () => {
  it('shows the total, the size selector and the pages, and passes attributes to el-pagination', () => {
    const wrapper = mountPager({}, { 'data-testid': 'some-pager' });
    expect(wrapper.classes()).toContain('pager');
    const pagination = wrapper.find('[data-testid="some-pager"]');
    expect(pagination.classes()).toContain('el-pagination');
    expect(wrapper.find('.el-pagination__total').exists()).toBe(true);
    expect(wrapper.find('.el-pagination__sizes').exists()).toBe(true);
    expect(wrapper.find('.el-pagination__jump').exists()).toBe(false);
    expect(wrapper.findAll('.el-pager li').at(-1)?.text()).toBe('10');
  });

  it('adds the jumper on request', () => {
    expect(mountPager({ jumper: true }).find('.el-pagination__jump').exists()).toBe(true);
  });

  it('emits the new page for v-model and as page-change', async () => {
    const wrapper = mountPager();
    await wrapper.find('.btn-next').trigger('click');
    expect(wrapper.emitted('update:page')).toEqual([[2]]);
    expect(wrapper.emitted('page-change')).toEqual([[2]]);
  });

  it('keeps to total, prev, pager, next on a phone', () => {
    mobile = true;
    const wrapper = mountPager({ jumper: true });
    mobile = false;
    expect(wrapper.find('.el-pagination__sizes').exists()).toBe(false);
    expect(wrapper.find('.el-pagination__jump').exists()).toBe(false);
    expect(wrapper.find('.el-pagination__total').exists()).toBe(true);
  });

  it('validates what it emits', () => {
    expect(listPaginationEmits['update:page'](0)).toBe(false);
    expect(listPaginationEmits['size-change'](20)).toBe(true);
  });
});
