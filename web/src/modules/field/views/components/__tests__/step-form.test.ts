import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import type { FieldStep, PieceCount } from '../../../api';
import type { JobRow } from '../../../offline/db';
import type { StepForm as StepFormValue } from '../../../steps';
import StepForm from '../step-form.vue';

const job: JobRow = {
  id: 5,
  job: aJob({
    id: 5,
    items: [
      { productId: 48, model: 'CX-DK1470', name: '办公桌', quantity: 2, pieces: 4 },
      { productId: 43, model: 'BY-SF03', name: '沙发', quantity: 1, pieces: 1 },
    ],
  }),
  partyName: '',
  address: '',
  access: '',
  stepsDone: [],
  date: '2026-12-02',
  records: null,
  incidents: null,
  refreshedAt: '',
  warranty: '桌椅保修两年，五金件一年',
};

beforeAll(() => stubMatchMedia());
beforeEach(() => setLocale('zh-CN'));
afterEach(() => {
  document.body.innerHTML = '';
});
enableAutoUnmount(afterEach);

function mountForm(step: FieldStep, loadingCounts: PieceCount[] | null = null) {
  return mount(StepForm, {
    props: { row: job, step, loadingCounts, busy: false },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  });
}

const input = (wrapper: ReturnType<typeof mountForm>, productId: number) =>
  wrapper.find(`[data-testid="field-count-${productId}"] input`);

describe('a step form', () => {
  it('starts a loading with the job pieces and saves only once every check is ticked', async () => {
    const wrapper = mountForm('loading');
    expect((input(wrapper, 48).element as HTMLInputElement).value).toBe('4');
    expect((input(wrapper, 43).element as HTMLInputElement).value).toBe('1');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.find('[data-testid="field-step-problems"]').text()).toContain('还有 2 项');
    expect(wrapper.findAll('[role="alert"]').filter((a) => a.text() === '请确认此项')).toHaveLength(2);

    for (const check of ['packaging_intact', 'keeper_confirmed']) {
      await wrapper.find(`[data-testid="field-check-${check}"] input`).setValue(true);
    }
    await wrapper.find('form').trigger('submit');
    const [[form]] = wrapper.emitted('submit') as [[StepFormValue]];
    expect(form).toEqual({ checks: ['packaging_intact', 'keeper_confirmed'], counts: { 48: 4, 43: 1 }, note: '' });
  });

  it('makes the arrival count every product and warns where it differs from the loading', async () => {
    const wrapper = mountForm('arrival', [
      { productId: 48, pieces: 4 },
      { productId: 43, pieces: 1 },
    ]);
    expect((input(wrapper, 48).element as HTMLInputElement).value).toBe('');
    expect(wrapper.text()).toContain('装车 4 件');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.findAll('[role="alert"]').filter((a) => a.text() === '请填写件数')).toHaveLength(2);

    await input(wrapper, 48).setValue('3');
    await input(wrapper, 48).trigger('blur');
    await flushPromises();
    expect(wrapper.find('[data-testid="field-count-mismatch"]').text()).toContain('办公桌：装车 4 件，清点 3 件');
    await input(wrapper, 48).setValue('4');
    await input(wrapper, 48).trigger('blur');
    await input(wrapper, 43).setValue('1');
    await input(wrapper, 43).trigger('blur');
    await flushPromises();
    expect(wrapper.find('[data-testid="field-count-mismatch"]').exists()).toBe(false);
    await wrapper.find('form').trigger('submit');
    const [[form]] = wrapper.emitted('submit') as [[StepFormValue]];
    expect(form.counts).toEqual({ 48: 4, 43: 1 });
  });

  it('shows the warranty text with the warranty check when the job has one', () => {
    const wrapper = mountForm('installation');
    expect(wrapper.find('[data-testid="field-warranty"]').text()).toContain('桌椅保修两年');
    expect(wrapper.findAll('[data-testid^="field-check-"]')).toHaveLength(5);
    expect(wrapper.find('[data-testid="field-count-48"]').exists()).toBe(false);
  });
});
