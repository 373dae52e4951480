// R-VEH-3: the head's violation form proposes the vehicle's usual driver, sends the amounts as
// yuan strings and shows the server's refusals on the fields they name, localized.
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import ViolationDialog from '../violation-dialog.vue';

let mock: MockAdapter;

beforeAll(() => stubMatchMedia());

beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  mock.onGet('/vehicles').reply(200, {
    items: [
      {
        id: 2,
        plate: '鲁A·3K721',
        model: '依维柯',
        volumeL: 2500,
        payloadKg: 1500,
        seats: 6,
        status: 'in_service',
        driverStaffId: 9,
        driverName: '马成',
        version: 1,
      },
    ],
    total: 1,
    page: 1,
    pageSize: 200,
  });
  mock.onGet('/staff/9').reply(200, { id: 9, name: '马成', phone: '13800000009' });
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function mountDialog() {
  return mount(ViolationDialog, {
    props: { modelValue: true },
    global: { plugins: [createPinia(), i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
}

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 50 });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await nextTick();
  }
}

/** Picks the vehicle by its plate from the select's dropdown. */
async function pickVehicle(plate: string): Promise<void> {
  await $('[data-testid="violation-vehicle"] .el-select__wrapper').trigger('click');
  await settle();
  const option = [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) =>
    o.textContent?.includes(plate),
  );
  if (!option) throw new Error(`no option ${plate}`);
  await new DOMWrapper(option).trigger('click');
  await settle();
}

async function fillDamage(): Promise<void> {
  await pickVehicle('鲁A·3K721');
  await $('[data-testid="violation-kind"] [data-kind="damage"] input').setValue(true);
  await $('textarea[data-testid="violation-description"]').setValue('倒车撞到护栏');
  await $('input[data-testid="violation-fine"]').setValue('1200.50');
  await $('input[data-testid="violation-compensation"]').setValue('300');
}

describe('violation dialog', () => {
  it("sends the vehicle's usual driver and the amounts as typed, and shows the server's violations", async () => {
    mock.onPost('/vehicle-violations').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [
          { field: 'compensation', reason: 'above_fine' },
          { field: 'occurredOn', reason: 'in_future' },
        ],
      },
    });
    const wrapper = mountDialog();
    await settle();
    await fillDamage();
    await $('[data-testid="violation-form-submit"]').trigger('click');
    await settle();

    expect(mock.history.post).toHaveLength(1);
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toMatchObject({
      vehicleId: 2,
      driverStaffId: 9,
      kind: 'damage',
      description: '倒车撞到护栏',
      fine: '1200.50',
      compensation: '300',
    });
    await eventually(() => expect($('[data-testid="violation-field-compensation"]').text()).toContain('超过损失金额'));
    await eventually(() => expect($('[data-testid="violation-field-occurredOn"]').text()).toContain('不能晚于现在'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('does not send a compensation above the cost', async () => {
    mountDialog();
    await settle();
    await fillDamage();
    await $('input[data-testid="violation-compensation"]').setValue('1200.51');
    await $('[data-testid="violation-form-submit"]').trigger('click');
    await settle();
    expect(mock.history.post).toHaveLength(0);
    await eventually(() => expect($('[data-testid="violation-field-compensation"]').text()).toContain('超过损失金额'));
  });

  it('emits the saved record and closes', async () => {
    mock.onPost('/vehicle-violations').reply(201, { id: 5, vehiclePlate: '鲁A·3K721' });
    const wrapper = mountDialog();
    await settle();
    await fillDamage();
    await $('[data-testid="violation-form-submit"]').trigger('click');
    await settle();
    await eventually(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });
});
