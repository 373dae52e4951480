import { flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import { i18n } from '@/locales';
import { DivisionCascader } from '../index';

let mock: MockAdapter;

function division(code: string, name: string, level: string, parentCode: string | null, more = {}) {
  return {
    code,
    parentCode,
    level,
    kind: level,
    name,
    lat: 36.65,
    lng: 117.12,
    approximate: false,
    active: true,
    hasChildren: level !== 'county',
    ...more,
  };
}

const SHANDONG = division('370000', '山东省', 'province', null);
const JINAN = division('370100', '济南市', 'prefecture', '370000');
const LIXIA = division('370102', '历下区', 'county', '370100');

beforeEach(() => {
  mock = new MockAdapter(http);
  mock
    .onGet('/divisions/370102')
    .reply(200, { ...LIXIA, ancestors: [SHANDONG, JINAN], placeClass: 'prefecture_level' });
  mock.onGet('/divisions').reply((config) => {
    const parent = (config.params as { parent?: string } | undefined)?.parent;
    if (!parent) return [200, { items: [SHANDONG, division('110000', '北京市', 'province', null, { active: false })] }];
    if (parent === '370000') return [200, { items: [JINAN] }];
    return [200, { items: [LIXIA] }];
  });
});

afterEach(() => mock.restore());

function mountCascader(props: Record<string, unknown> = {}, attrs: Record<string, unknown> = {}) {
  return mount(DivisionCascader, {
    props: { modelValue: '', ...props },
    attrs,
    global: { plugins: [ElementPlus, i18n] },
  });
}

describe('DivisionCascader', () => {
  it('shows a code set from outside (the URL, a record) with its ancestors', async () => {
    const wrapper = mountCascader({ modelValue: '370102' });
    await flushPromises();
    expect(wrapper.findComponent({ name: 'ElCascader' }).props('modelValue')).toEqual(['370000', '370100', '370102']);
  });

  it("emits the chosen division's code, and '' when cleared", async () => {
    const wrapper = mountCascader();
    const cascader = wrapper.findComponent({ name: 'ElCascader' });
    cascader.vm.$emit('update:modelValue', ['370000', '370100']);
    cascader.vm.$emit('update:modelValue', null);
    expect(wrapper.emitted('update:modelValue')).toEqual([['370100'], ['']]);
    expect(wrapper.emitted('change')).toEqual([['370100'], ['']]);
  });

  it('a filter picks any level; an address only a division with nothing under it', () => {
    const props = (w: ReturnType<typeof mountCascader>) =>
      w.findComponent({ name: 'ElCascader' }).props('props') as { checkStrictly?: boolean };
    expect(props(mountCascader({ anyLevel: true })).checkStrictly).toBe(true);
    expect(props(mountCascader()).checkStrictly).toBe(false);
  });

  it('offers divisions no longer in use only when asked to', async () => {
    const load = async (includeInactive: boolean): Promise<string[]> => {
      const wrapper = mountCascader({ includeInactive });
      const props = wrapper.findComponent({ name: 'ElCascader' }).props('props') as {
        lazyLoad: (node: { level: number; value?: string }, resolve: (nodes: { label: string }[]) => void) => void;
      };
      const nodes = await new Promise<{ label: string }[]>((resolve) => props.lazyLoad({ level: 0 }, resolve));
      return nodes.map((n) => n.label);
    };
    expect(await load(false)).toEqual(['山东省']);
    expect(await load(true)).toEqual(['山东省', '北京市']);
  });

  it('sizes the wrapper by its class and passes other attributes (filterable) to the cascader', () => {
    const wrapper = mountCascader({ testid: 'site-division' }, { filterable: true, class: 'full' });
    const cascader = wrapper.findComponent({ name: 'ElCascader' });
    expect(cascader.props('filterable')).toBe(true);
    // The wrapper takes the size (and the test id, which el-cascader would drop).
    expect(wrapper.classes()).toEqual(['division-cascader', 'full']);
    expect(wrapper.attributes('data-testid')).toBe('site-division');
    expect(wrapper.find('[data-testid="site-division"] .el-cascader').exists()).toBe(true);
  });
});
