import { mount } from '@vue/test-utils';
import ElementPlus, { ElDatePicker } from 'element-plus';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { i18n, setLocale } from '@/locales';
import { DateInput } from '../index';

beforeAll(() => setLocale('zh-CN'));

function mountInput(props: Record<string, unknown> = {}) {
  return mount(DateInput, {
    props: { modelValue: '2026-01-05', ...props },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  });
}

/** Types into the picker's text input and presses Enter, as a user would. */
async function type(wrapper: ReturnType<typeof mountInput>, text: string): Promise<void> {
  const input = wrapper.find('input');
  await input.trigger('focus');
  await input.setValue(text);
  await input.trigger('keydown', { key: 'Enter', code: 'Enter' });
  await input.trigger('change');
  await nextTick();
}

describe('why DateInput exists', () => {
  it('a bare Element Plus date picker rolls 2026-02-30 over to 2026-03-02', async () => {
    const wrapper = mount(ElDatePicker, {
      props: { modelValue: '2026-01-05', type: 'date', valueFormat: 'YYYY-MM-DD', format: 'YYYY-MM-DD' },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    });
    const input = wrapper.find('input');
    await input.trigger('focus');
    await input.setValue('2026-02-30');
    await input.trigger('keydown', { key: 'Enter', code: 'Enter' });
    await input.trigger('change');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['2026-03-02']);
    wrapper.unmount();
  });
});

describe('DateInput', () => {
  it('puts its test id where a browser test can reach the text input', () => {
    const wrapper = mountInput({ testid: 'job-form-date' });
    expect(wrapper.find('[data-testid="job-form-date"] input').exists()).toBe(true);
    wrapper.unmount();
  });

  it('takes a real date typed in', async () => {
    const wrapper = mountInput();
    await type(wrapper, '2026-02-28');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['2026-02-28']);
    expect(wrapper.find('[data-testid="date-refused"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('refuses an impossible date instead of rolling it over, and says why', async () => {
    const wrapper = mountInput();
    await type(wrapper, '2026-02-30');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(wrapper.find('[data-testid="date-refused"]').text()).toContain('2026-02-30 不是有效日期');
    wrapper.unmount();
  });

  it('refuses a typed date after the last allowed day, and greys such days out', async () => {
    const wrapper = mountInput({ max: '2026-03-01' });
    await type(wrapper, '2026-03-02');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(wrapper.find('[data-testid="date-refused"]').text()).toContain('不能晚于 2026-03-01');
    const picker = wrapper.findComponent({ name: 'ElDatePicker' });
    const disabled = picker.props('disabledDate') as (d: Date) => boolean;
    expect(disabled(new Date(2026, 2, 2))).toBe(true);
    expect(disabled(new Date(2026, 2, 1))).toBe(false);
    wrapper.unmount();
  });

  it('refuses a typed date before the first allowed day', async () => {
    const wrapper = mountInput({ min: '2026-01-05' });
    await type(wrapper, '2026-01-04');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(wrapper.find('[data-testid="date-refused"]').text()).toContain('不能早于 2026-01-05');
    wrapper.unmount();
  });
});
