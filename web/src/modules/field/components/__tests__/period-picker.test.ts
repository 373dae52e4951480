// The office lists' period (R-FLD-8, R-FLD-9): a range of China days that shows what it was
// given, hands a picked range to its page, and offers no day after today.
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import PeriodPicker from '../period-picker.vue';

beforeAll(() => stubMatchMedia());
beforeEach(() => setLocale('zh-CN'));

const global = { plugins: [i18n, ElementPlus] };

describe('period picker', () => {
  it('shows its period and hands a new one to the page', async () => {
    const wrapper = mount(PeriodPicker, {
      props: { from: '2026-10-01', to: '2026-10-31', testid: 'range' },
      global,
    });
    expect(wrapper.find('[data-testid="range"]').exists()).toBe(true);
    const inputs = wrapper.findAll('input');
    expect(inputs.map((input) => (input.element as HTMLInputElement).value)).toEqual(['2026-10-01', '2026-10-31']);
    const picker = wrapper.findComponent({ name: 'ElDatePicker' });
    picker.vm.$emit('update:modelValue', ['2026-11-01', '2026-11-15']);
    expect(wrapper.emitted('change')).toEqual([[['2026-11-01', '2026-11-15']]]);
  });

  it('offers today but no later day (China dates)', () => {
    vi.useFakeTimers();
    // 2026-12-01 17:00 UTC is already 2026-12-02 01:00 in China.
    vi.setSystemTime(new Date('2026-12-01T17:00:00Z'));
    try {
      const wrapper = mount(PeriodPicker, { props: { from: '2026-11-01', to: '2026-12-02', testid: 'range' }, global });
      const disabled = wrapper.findComponent({ name: 'ElDatePicker' }).props('disabledDate') as (d: Date) => boolean;
      expect(disabled(new Date(2026, 11, 2))).toBe(false);
      expect(disabled(new Date(2026, 11, 3))).toBe(true);
      expect(disabled(new Date(2025, 0, 1))).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
