import { DOMWrapper, enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { http } from '@/api/client';
import type { Eligibility, Staff } from '@/modules/staff/api';
import { i18n, setLocale } from '@/locales';
import { useAuthStore, type Permission } from '@/stores/auth';
import { stubMatchMedia } from '@/utils/test-match-media';
import PromoteDialog from '../promote-dialog.vue';

const intern: Staff = {
  id: 18,
  name: '彭浩',
  phone: '13905310018',
  hireDate: '2026-11-13',
  experienceStart: '2026-11-13',
  grade: 'intern',
  roles: [],
  skills: [],
  status: 'active',
  monthsOfExperience: 0,
  version: 1,
};
const notEligible: Eligibility = {
  staffId: 18,
  name: '彭浩',
  grade: 'intern',
  nextGrade: 'technician',
  monthsOfExperience: 0,
  requiredMonths: 3,
  eligibleOn: '2027-02-13',
  eligible: false,
};

let mock: MockAdapter;
let pinia: Pinia;

beforeAll(() => {
  stubMatchMedia();
});

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  mock.onGet('/staff/18').reply(200, intern);
  mock.onGet('/staff/18/eligibility').reply(200, notEligible);
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

// A dialog left mounted would re-render after jsdom is gone (an unhandled error at the end of the run).
// Registered after the hook above, so it runs before it (hooks stack): unmounted, then the body cleared.
enableAutoUnmount(afterEach);

function loginWith(permissions: Permission[]): void {
  useAuthStore().me = { id: 1, username: 'u', displayName: 'U', roles: ['head'], permissions, csrfToken: 't' };
}

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

/** Waits generously: the shared CI machine is slow to render Element Plus in jsdom. */
function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 50 });
}

async function mountDialog(): Promise<void> {
  mount(PromoteDialog, {
    props: { modelValue: true, staffId: 18 },
    global: {
      plugins: [pinia, i18n, ElementPlus],
      stubs: { transition: false, 'transition-group': false, 'router-link': true },
    },
    attachTo: document.body,
  });
  await eventually(() => expect(mock.history.get.length).toBeGreaterThanOrEqual(2));
  await flushPromises();
}

describe('promote dialog', () => {
  it('says the rule is not met before submit, disables 晋级 and asks leadership instead', async () => {
    loginWith(['staff.promote']);
    mock.onPost('/staff/18/promotion-requests').reply(201, { id: 7, status: 'pending' });
    await mountDialog();
    await eventually(() => expect(document.body.querySelector('[data-testid="promote-not-eligible"]')).not.toBeNull());
    const text = $('[data-testid="promote-not-eligible"]').text();
    expect(text).toContain('需要 3 个月安装经验，目前只有 0 个月；2027-02-13 起可晋级');
    expect($('[data-testid="promote-submit"]').attributes('disabled')).toBeDefined();
    // Without the override permission there is no override checkbox.
    expect(document.body.querySelector('[data-testid="promote-override"]')).toBeNull();

    // The request needs a reason: nothing is sent without one.
    await $('[data-testid="promote-request-submit"]').trigger('click');
    await eventually(() => expect(document.body.textContent).toContain('请填写原因'));
    expect(mock.history.post).toHaveLength(0);

    await $('[data-testid="promote-reason"]').setValue('独立完成了三个大单');
    await $('[data-testid="promote-request-submit"]').trigger('click');
    await eventually(() => expect(mock.history.post).toHaveLength(1));
    expect(mock.history.post[0]?.url).toBe('/staff/18/promotion-requests');
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toEqual({ toGrade: 'technician', reason: '独立完成了三个大单', version: 1 });
  });

  it('a request already waiting is said with who asked', async () => {
    loginWith(['staff.promote', 'approval.read']);
    mock.onPost('/staff/18/promotion-requests').reply(409, {
      error: {
        code: 'ALREADY_EXISTS',
        message: 'waiting',
        violations: [{ field: 'reason', reason: 'pending', detail: '王建国' }],
      },
    });
    await mountDialog();
    await $('[data-testid="promote-reason"]').setValue('再申请一次');
    await $('[data-testid="promote-request-submit"]').trigger('click');
    await eventually(() => expect(document.body.querySelector('[data-testid="promote-pending"]')).not.toBeNull());
    await eventually(() => expect(document.body.textContent).toContain('已有一项相同的申请在等待审批（王建国 提交）'));
  });

  it('lets leadership override with a required reason', async () => {
    loginWith(['staff.promote', 'staff.promote_override']);
    mock.onPost('/staff/18/promotions').reply(200, { ...intern, grade: 'technician', version: 2 });
    await mountDialog();
    await $('[data-testid="promote-override"] input').setValue(true);
    await $('[data-testid="promote-submit"]').trigger('click');
    await flushPromises();
    // The reason is required with an override: nothing is sent yet.
    await eventually(() => expect(document.body.textContent).toContain('请填写原因'));
    expect(mock.history.post).toHaveLength(0);

    await $('[data-testid="promote-reason"]').setValue('表现优秀，领导特批');
    await $('[data-testid="promote-submit"]').trigger('click');
    await eventually(() => expect(mock.history.post).toHaveLength(1));
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toEqual({ toGrade: 'technician', override: true, reason: '表现优秀，领导特批', version: 1 });
  });
});
