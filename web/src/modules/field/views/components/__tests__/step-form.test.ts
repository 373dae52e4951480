import 'fake-indexeddb/auto';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import type { FieldStep, PieceCount } from '../../../api';
import { FieldDb, type JobRow } from '../../../offline/db';
import { refreshJobs } from '../../../offline/refresh';
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
  warranties: [
    { series: '博特', months: 36, content: '桌面、桌架保修三年，人为损坏除外。' },
    { series: '百越', months: 24, content: '面料保修两年。' },
  ],
};

beforeAll(() => stubMatchMedia());
beforeEach(() => setLocale('zh-CN'));
afterEach(() => {
  document.body.innerHTML = '';
});
enableAutoUnmount(afterEach);

function mountForm(step: FieldStep, loadingCounts: PieceCount[] | null = null, row: JobRow = job) {
  return mount(StepForm, {
    props: { row, step, loadingCounts, busy: false },
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

  it('shows the warranty of each series of the job with the warranty check (R-FLD-4)', () => {
    const wrapper = mountForm('installation');
    const lines = wrapper.findAll('[data-testid="field-warranty-line"]').map((line) => line.text());
    expect(lines).toEqual([
      '博特系列：保修 36 个月。 桌面、桌架保修三年，人为损坏除外。',
      '百越系列：保修 24 个月。 面料保修两年。',
    ]);
    expect(wrapper.find('[data-testid="field-warranty-none"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid^="field-check-"]')).toHaveLength(5);
    expect(wrapper.find('[data-testid="field-count-48"]').exists()).toBe(false);
  });

  it('shows the warranty in the crew language, months as a parameter', async () => {
    setLocale('en');
    const wrapper = mountForm('installation');
    await flushPromises();
    expect(wrapper.find('[data-testid="field-warranty-line"]').text()).toContain('博特 series: 36-month warranty.');
  });

  it('says so when no series of the job has a warranty, also for a row stored before warranties were sent', () => {
    const old: JobRow = { ...job };
    delete old.warranties;
    for (const row of [{ ...job, warranties: [] }, old]) {
      const wrapper = mountForm('installation', null, row);
      expect(wrapper.find('[data-testid="field-warranty"]').exists()).toBe(false);
      expect(wrapper.find('[data-testid="field-warranty-none"]').text()).toContain('未设置保修说明');
      wrapper.unmount();
    }
  });

  it('shows only with the installation warranty check, not on the other steps', () => {
    const wrapper = mountForm('loading');
    expect(wrapper.find('[data-testid="field-warranty"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="field-warranty-none"]').exists()).toBe(false);
  });

  it('brings the warranty of GET /field/my-jobs through the phone store to the installation step', async () => {
    const db = new FieldDb('step-form-warranty');
    try {
      await refreshJobs(
        db,
        {
          listMyJobs: async () => ({
            items: [
              {
                job: job.job,
                partyName: '客户',
                address: '地址',
                access: '',
                stepsDone: [],
                warranties: [{ series: '博特', months: 36, content: '桌面保修三年。' }],
              },
            ],
          }),
          getJob: async () => job.job,
          getFieldWork: async () => ({ records: [], incidents: [], photos: [] }),
        },
        '2026-12-02',
      );
      const stored = await db.jobs.get(5);
      expect(stored?.warranties).toEqual([{ series: '博特', months: 36, content: '桌面保修三年。' }]);
      const wrapper = mountForm('installation', null, stored!);
      expect(wrapper.find('[data-testid="field-warranty"]').text()).toBe('博特系列：保修 36 个月。 桌面保修三年。');
    } finally {
      await db.delete();
    }
  });
});
