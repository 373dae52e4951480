import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/locales';
import { RemoteSelect, type RemoteOption } from '../index';

const people: RemoteOption[] = [
  { value: 3, label: '赵磊', hint: 'technician' },
  { value: 1, label: '王建国', hint: 'head' },
  { value: 2, label: '李强', hint: 'supervisor' },
];

function mountSelect(props: Record<string, unknown> = {}) {
  return mount(RemoteSelect, {
    props: { search: vi.fn(() => Promise.resolve(people)), ...props },
    global: { plugins: [ElementPlus, i18n] },
  });
}

describe('RemoteSelect', () => {
  it('searches what was typed and lists the answers by pinyin', async () => {
    const search = vi.fn(() => Promise.resolve(people));
    const wrapper = mountSelect({ search });
    const select = wrapper.findComponent({ name: 'ElSelect' });
    const remoteMethod = select.props('remoteMethod') as (query: string) => Promise<void>;
    await remoteMethod(' 王 ');
    await flushPromises();
    expect(search).toHaveBeenCalledWith('王');
    const labels = wrapper.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'));
    expect(labels).toEqual(['李强', '王建国', '赵磊']);
  });

  it('shows the name of an id set from outside (e.g. the URL), not the number', async () => {
    const resolve = vi.fn((id: number) => Promise.resolve(people.find((p) => p.value === id) ?? null));
    const wrapper = mountSelect({ modelValue: 2, resolve });
    await flushPromises();
    expect(resolve).toHaveBeenCalledWith(2);
    const options = wrapper.findAllComponents({ name: 'ElOption' });
    expect(options.map((o) => o.props('label'))).toEqual(['李强']);
  });

  it('emits the chosen id, and undefined when cleared', async () => {
    const wrapper = mountSelect();
    const select = wrapper.findComponent({ name: 'ElSelect' });
    select.vm.$emit('update:modelValue', 1);
    select.vm.$emit('update:modelValue', undefined);
    expect(wrapper.emitted('update:modelValue')).toEqual([[1], [undefined]]);
    expect(wrapper.emitted('change')).toEqual([[1], [undefined]]);
  });
});
