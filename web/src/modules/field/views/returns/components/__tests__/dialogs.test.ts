// R-FLD-9: the check dialog refuses a damaged return without a note and a photo before sending,
// and shows the server's violations on the fields they name; the charge dialog sends nothing
// until the head confirms a message naming the person and the amount.
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { ApiError } from '@/api/api-error';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import { returnedJob } from '../../../../testing/fake-returns-server';
import type { ReturnCheck } from '../../../../returns-api';
import ChargeDialog from '../charge-dialog.vue';
import CheckDialog from '../check-dialog.vue';

beforeAll(() => stubMatchMedia());
beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
});
afterEach(() => {
  document.body.innerHTML = '';
});

const global = { plugins: [createPinia(), i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } };

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await nextTick();
  }
}

function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 50 });
}

describe('check dialog', () => {
  it('refuses a damaged return without a note and a photo before sending', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    mount(CheckDialog, { props: { modelValue: true, job: returnedJob(1), save }, global, attachTo: document.body });
    await settle();
    await $('[data-outcome="damaged"] input').setValue(true);
    await settle();
    await $('[data-testid="return-check-submit"]').trigger('click');
    await settle();
    expect(save).not.toHaveBeenCalled();
    await eventually(() => expect($('[data-testid="return-field-note"]').text()).toContain('损坏时请说明情况'));
    await eventually(() => expect($('[data-testid="return-field-photo"]').text()).toContain('损坏时须附照片'));
  });

  it('shows the server violations on the fields they name', async () => {
    const save = vi
      .fn()
      .mockRejectedValue(
        new ApiError(400, 'INVALID_ARGUMENT', 'refused', [{ field: 'photo', reason: 'unsupported_type' }]),
      );
    const wrapper = mount(CheckDialog, {
      props: { modelValue: true, job: returnedJob(1), save },
      global,
      attachTo: document.body,
    });
    await settle();
    await $('[data-testid="return-check-submit"]').trigger('click');
    await settle();
    expect(save).toHaveBeenCalledWith({ outcome: 'intact', note: '', photo: null });
    await eventually(() =>
      expect($('[data-testid="return-field-photo"]').text()).toContain('不支持的图片格式（请用 JPEG、PNG 或 WebP）'),
    );
    expect($('[data-testid="return-field-note"]').text()).not.toContain('损坏时请说明情况');
    expect(wrapper.props('modelValue')).toBe(true);
  });
});

function damagedCheck(): ReturnCheck {
  return {
    id: 100,
    jobId: 1,
    jobNumber: 'KF-20261201-001',
    jobVersion: 5,
    outcome: 'damaged',
    note: '磕伤',
    hasPhoto: true,
    checkedByName: '孙库管',
    checkedAt: '2026-12-02T02:00:00Z',
    crew: returnedJob(1).crew,
    charges: [],
  };
}

describe('charge dialog', () => {
  it('proposes the crew lead and charges only after a confirmation naming the person and the amount', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    // Opening the dialog proposes the lead.
    const wrapper = mount(ChargeDialog, {
      props: { modelValue: false, check: damagedCheck(), save },
      global,
      attachTo: document.body,
    });
    await wrapper.setProps({ modelValue: true });
    await settle();
    expect($('[data-testid="return-charge-staff"]').text()).toContain('赵磊');
    await $('input[data-testid="return-charge-amount"]').setValue('1,234.50');
    await $('textarea[data-testid="return-charge-reason"]').setValue('未加护角');
    await $('[data-testid="return-charge-submit"]').trigger('click');
    await settle();
    await eventually(() => expect(document.body.querySelector('.el-message-box')).not.toBeNull());
    expect(document.body.querySelector('.el-message-box__message')?.textContent).toContain('赵磊 扣款 ¥1234.50');
    expect(save).not.toHaveBeenCalled();
    // Cancelled: nothing is sent.
    $('.el-message-box__btns .el-button:not(.el-button--primary)').element.click();
    await eventually(() => expect(document.body.querySelector('.el-message-box')).toBeNull());
    await settle();
    expect(save).not.toHaveBeenCalled();
    // Asked again and confirmed.
    await $('[data-testid="return-charge-submit"]').trigger('click');
    await eventually(() => expect(document.body.querySelector('.el-message-box')).not.toBeNull());
    $('.el-message-box__btns .el-button--primary').element.click();
    await eventually(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith({ staffId: 31, amount: '1,234.50', reason: '未加护角' });
  });
});
