import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import { useAuthStore } from '@/stores/auth';
import { todayInShanghai } from '@/utils/format';
import { stubMatchMedia } from '@/utils/test-match-media';
import JobForm from '../job-form.vue';

let mock: MockAdapter;
let pinia: Pinia;

beforeAll(() => stubMatchMedia());

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  // A dealer's account: its own dealer, one site, one contact.
  useAuthStore().me = {
    id: 8,
    username: 'dealer',
    displayName: '孔经理',
    roles: ['dealer'],
    permissions: ['job.read', 'job.create', 'dealer.read', 'site.read', 'product.read'],
    dealerId: 3,
    staffId: null,
    csrfToken: 'x',
  };
  mock.onGet('/sites').reply(200, {
    items: [
      {
        id: 21,
        customerId: null,
        dealerId: 3,
        divisionCode: '370102',
        divisionName: '山东省 济南市 历下区',
        placeClass: 'prefecture_level',
        local: true,
        street: '经十路 100 号',
        latE6: 36651000,
        lngE6: 117120000,
        approximate: false,
        floor: 3,
        hasLift: true,
        accessNotes: null,
        version: 1,
      },
    ],
    total: 1,
    page: 1,
    pageSize: 200,
  });
  mock.onGet('/dealers/3').reply(200, {
    id: 3,
    name: '华府家具',
    contact: '孔经理',
    phone: '13900000000',
    city: '济南',
    contacts: [{ id: 1, name: '孔经理', phone: '13900000000', title: '' }],
    version: 1,
  });
  mock.onGet('/products').reply(200, {
    items: [
      {
        id: 7,
        model: 'KF-D1600',
        name: '办公桌',
        series: '',
        piecesPerUnit: 3,
        volumeL: 400,
        weightG: 30000,
        installMinutesPerUnit: 20,
        installersNeeded: 2,
        skill: '',
        active: true,
        version: 1,
      },
    ],
    total: 1,
    page: 1,
    pageSize: 30,
  });
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await flushPromises();
    await nextTick();
  }
}

function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 50 });
}

describe('intake form (dealer account)', () => {
  it('offers only the dealer kinds, fills site and contact, and puts item violations on their line', async () => {
    mock.onPost('/jobs').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [
          { field: 'items[0].quantity', reason: 'too_large' },
          { field: 'contactPhone', reason: 'invalid_phone' },
        ],
      },
    });
    const wrapper = mount(JobForm, {
      props: { modelValue: true, kind: 'dealer_installation' },
      global: { plugins: [pinia, i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } },
      attachTo: document.body,
    });
    await settle();

    // No dealer picker for a dealer's account; its only site and first contact are filled in.
    expect(document.body.querySelector('[data-testid="job-form-dealer"]')).toBeNull();
    expect(mock.history.get.find((r) => r.url === '/sites')?.params).toMatchObject({ dealerId: 3 });
    await eventually(() =>
      expect(($('input[data-testid="job-form-contact-name"]').element as HTMLInputElement).value).toBe('孔经理'),
    );

    // Pick the product: the pieces follow quantity × pieces per unit.
    await $('[data-testid="job-form-item-product"] .el-select__wrapper').trigger('click');
    await settle();
    const productOption = (): HTMLElement | undefined =>
      [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((e) =>
        e.textContent?.includes('KF-D1600'),
      );
    await eventually(() => expect(productOption()).toBeDefined());
    await new DOMWrapper(productOption() as HTMLElement).trigger('click');
    await settle();

    await $('[data-testid="job-form-submit"]').trigger('click');
    await settle();
    await eventually(() => expect(mock.history.post).toHaveLength(1));
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toMatchObject({
      kind: 'dealer_installation',
      siteId: 21,
      contactName: '孔经理',
      contactPhone: '13900000000',
      requestedDate: todayInShanghai(),
      items: [{ productId: 7, quantity: 1, pieces: 3 }],
    });
    expect(sent).not.toHaveProperty('dealerId');

    await eventually(() => expect($('[data-testid="job-form-item"]').text()).toContain('数值过大'));
    await eventually(() => expect(document.body.textContent).toContain('电话格式不正确'));
    expect(wrapper.emitted('created')).toBeUndefined();
  });
});
