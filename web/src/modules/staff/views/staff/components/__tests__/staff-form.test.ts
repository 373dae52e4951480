import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import type { Staff } from '@/modules/staff/api';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import StaffForm from '../staff-form.vue';

let mock: MockAdapter;

beforeAll(() => {
  stubMatchMedia();
});

beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
  mock = new MockAdapter(http);
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function mountForm(staff: Staff | null = null) {
  return mount(StaffForm, {
    props: { modelValue: true, staff },
    global: { plugins: [createPinia(), i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
}

/** The dialog renders through a teleport, so query the document rather than the wrapper. */
function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

/** Element Plus debounces the error state of a form item; wait for it generously (shared CI machine). */
function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 50 });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await nextTick();
  }
}

describe('staff form', () => {
  it('shows a server violation next to the field it belongs to, localized by reason', async () => {
    mock.onPost('/staff').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [
          { field: 'phone', reason: 'invalid_phone' },
          { field: 'experienceStart', reason: 'before_hire_date' },
        ],
      },
    });
    const wrapper = mountForm();
    await settle();

    await $('input[data-testid="staff-name"]').setValue('测试员工');
    await $('input[data-testid="staff-phone"]').setValue('13800138000');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();

    expect(mock.history.post).toHaveLength(1);
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toMatchObject({ name: '测试员工', phone: '13800138000', grade: 'intern' });

    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).toContain('电话格式不正确'));
    expect($('[data-testid="staff-field-phone"]').classes()).toContain('is-error');
    await eventually(() =>
      expect($('[data-testid="staff-field-experienceStart"]').text()).toContain('不能早于入职日期'),
    );
    // The name field had no violation and shows no error.
    expect($('[data-testid="staff-field-name"]').classes()).not.toContain('is-error');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('shows an unknown reason gracefully', async () => {
    mock.onPost('/staff').reply(400, {
      error: { code: 'INVALID_ARGUMENT', message: 'x', violations: [{ field: 'name', reason: 'brand_new_reason' }] },
    });
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('某人');
    await $('input[data-testid="staff-phone"]').setValue('13800138000');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();
    await eventually(() =>
      expect($('[data-testid="staff-field-name"]').text()).toContain('输入无效（brand_new_reason）'),
    );
  });

  it('sends the version on update and explains a stale version', async () => {
    const staff: Staff = {
      id: 7,
      name: '王五',
      phone: '13800138000',
      hireDate: '2026-01-05',
      experienceStart: '2026-01-05',
      grade: 'intern',
      roles: [],
      skills: ['electric_desk'],
      status: 'active',
      monthsOfExperience: 2,
      version: 3,
    };
    mock.onPut('/staff/7').reply(409, { error: { code: 'ABORTED', message: 'stale', violations: [] } });
    mock.onGet('/staff/7').reply(200, { ...staff, name: '王五（改）', version: 4 });
    mountForm(staff);
    await settle();
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();

    const sent = JSON.parse(String(mock.history.put[0]?.data)) as Record<string, unknown>;
    expect(sent.version).toBe(3);
    expect(sent).not.toHaveProperty('grade');
    expect(sent.skills).toEqual(['electric_desk']);
    expect($('[data-testid="staff-form-stale"]').text()).toContain('已被他人修改');
    expect(($('input[data-testid="staff-name"]').element as HTMLInputElement).value).toBe('王五（改）');
  });

  it('sends skills and shows a server violation of one skill next to the skills field (R-DSP-4)', async () => {
    mock.onPost('/staff').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [{ field: 'skills[0]', reason: 'pattern' }],
      },
    });
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('测试员工');
    await $('input[data-testid="staff-phone"]').setValue('13800138000');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();

    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent.skills).toEqual([]);
    await eventually(() => expect($('[data-testid="staff-field-skills"]').text()).toContain('格式不正确'));
  });

  it('shows the English text after a language switch', async () => {
    setLocale('en');
    mock.onPost('/staff').reply(400, {
      error: { code: 'INVALID_ARGUMENT', message: 'x', violations: [{ field: 'phone', reason: 'invalid_phone' }] },
    });
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('Li');
    await $('input[data-testid="staff-phone"]').setValue('13800138000');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();
    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).toContain('Invalid phone number'));
  });

  it('refuses an invalid phone before sending, as the server would', async () => {
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('某人');
    await $('input[data-testid="staff-phone"]').setValue('12345');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();
    expect(mock.history.post).toHaveLength(0);
    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).toContain('电话格式不正确'));
  });

  it('names who holds a duplicate phone when the server says, and clears it once the phone is edited', async () => {
    mock.onPost('/staff').reply(409, {
      error: {
        code: 'ALREADY_EXISTS',
        message: 'taken',
        violations: [{ field: 'phone', reason: 'duplicate', detail: '王磊' }],
      },
    });
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('某人');
    await $('input[data-testid="staff-phone"]').setValue('13905310011');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();
    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).toContain('已被“王磊”使用'));

    await $('input[data-testid="staff-phone"]').setValue('13905310099');
    await settle();
    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).not.toContain('王磊'));
  });

  it('says "duplicate" without a name when the server gives none', async () => {
    mock.onPost('/staff').reply(409, {
      error: { code: 'ALREADY_EXISTS', message: 'taken', violations: [{ field: 'phone', reason: 'duplicate' }] },
    });
    mountForm();
    await settle();
    await $('input[data-testid="staff-name"]').setValue('某人');
    await $('input[data-testid="staff-phone"]').setValue('13905310011');
    await $('[data-testid="staff-form-submit"]').trigger('click');
    await settle();
    await eventually(() => expect($('[data-testid="staff-field-phone"]').text()).toContain('已存在相同的记录'));
  });
});
