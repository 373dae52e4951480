// R-VEH-2: the record form sends the cost as the yuan string and shows the server's refusals on
// the fields they name, localized.
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import MaintenanceForm from '../maintenance-form.vue';

let mock: MockAdapter;

beforeAll(() => stubMatchMedia());

beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
  mock = new MockAdapter(http);
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function mountForm() {
  return mount(MaintenanceForm, {
    props: { vehicleId: 3, plate: '鲁A·3K721', kind: 'insurance', knownKm: 61_200 },
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

describe('maintenance form', () => {
  it("sends the proposed kind, the known km and the cost string, and shows the server's violations", async () => {
    mock.onPost('/vehicles/3/maintenance').reply(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [
          { field: 'cost', reason: 'fraction_of_fen' },
          { field: 'nextDueKm', reason: 'not_after_done' },
        ],
      },
    });
    const wrapper = mountForm();
    await settle();
    await $('input[data-testid="maintenance-cost"]').setValue('5120.00');
    await $('[data-testid="maintenance-form-submit"]').trigger('click');
    await settle();

    expect(mock.history.post).toHaveLength(1);
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toMatchObject({ kind: 'insurance', odometerKm: 61_200, cost: '5120.00' });
    expect(sent).not.toHaveProperty('nextDueOn');
    await eventually(() => expect($('[data-testid="maintenance-field-cost"]').text()).toContain('最多两位小数'));
    await eventually(() =>
      expect($('[data-testid="maintenance-field-nextDueKm"]').text()).toContain('须在本次保养之后'),
    );
    expect($('[data-testid="maintenance-field-kind"]').classes()).not.toContain('is-error');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('does not send a cost that is not an amount', async () => {
    mountForm();
    await settle();
    await $('input[data-testid="maintenance-cost"]').setValue('12元');
    await $('[data-testid="maintenance-form-submit"]').trigger('click');
    await settle();
    expect(mock.history.post).toHaveLength(0);
    await eventually(() => expect($('[data-testid="maintenance-field-cost"]').text()).toContain('12.50'));
  });
});
