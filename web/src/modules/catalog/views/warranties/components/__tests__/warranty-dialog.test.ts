// R-FLD-4: the dialog that sets a new version of a series' warranty sends what was typed, refuses
// what the server would before sending, and shows the server's refusals on the fields they name.
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import { stubMatchMedia } from '@/utils/test-match-media';
import { FakeWarrantyServer } from '../../../../testing/fake-warranty-server';
import { warrantyRows } from '../../data';
import WarrantyDialog from '../warranty-dialog.vue';

const TODAY = '2026-12-02';
let mock: MockAdapter;
let server: FakeWarrantyServer;

beforeAll(() => stubMatchMedia());
beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  server = new FakeWarrantyServer(TODAY);
  server.add('博特', '2026-06-01', 36, '桌面保修三年');
  server.install(mock);
});
afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function mountDialog(series: string | null = '博特') {
  const rows = warrantyRows({ series: server.series, items: server.items }, TODAY);
  return mount(WarrantyDialog, {
    props: { modelValue: true, rows, series, today: TODAY },
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

async function typeMonths(value: string): Promise<void> {
  const input = $('[data-testid="warranty-months"] input');
  await input.setValue(value);
  await input.trigger('change');
  await input.trigger('blur');
}

async function typeContent(value: string): Promise<void> {
  const input = $('textarea[data-testid="warranty-content"]');
  await input.setValue(value);
  await input.trigger('blur');
}

const submit = async () => {
  await $('[data-testid="warranty-submit"]').trigger('click');
  await settle();
};

describe('the series warranty dialog', () => {
  it('opened from a row, keeps the series, starts from the version in force, and sends the new one', async () => {
    const wrapper = mountDialog('博特');
    await settle();
    expect($('[data-testid="warranty-series"] input').attributes('disabled')).toBeDefined();
    expect($('[data-testid="warranty-current"]').text()).toContain('当前：36 个月，2026-06-01 起生效');
    expect(($('textarea[data-testid="warranty-content"]').element as HTMLTextAreaElement).value).toBe('桌面保修三年');
    expect(($('[data-testid="warranty-valid-from"] input').element as HTMLInputElement).value).toBe(TODAY);

    await typeMonths('48');
    await typeContent('  桌面保修四年，五金件两年。 ');
    await $('textarea[data-testid="warranty-reason"]').setValue('厂家调整');
    await submit();

    await eventually(() =>
      expect(server.posted).toEqual([
        { series: '博特', validFrom: TODAY, months: 48, content: '桌面保修四年，五金件两年。', reason: '厂家调整' },
      ]),
    );
    await eventually(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('does not send 0 or 121 months, nor an empty content', async () => {
    mountDialog('博特');
    await settle();
    await typeMonths('121');
    await typeContent('   ');
    await submit();
    expect(server.posted).toHaveLength(0);
    await eventually(() => expect($('[data-testid="warranty-field-months"]').text()).toContain('须在 1 到 120 之间'));
    await eventually(() => expect($('[data-testid="warranty-field-content"]').text()).toContain('此项为必填项'));

    await typeMonths('0');
    await submit();
    expect(server.posted).toHaveLength(0);
    await eventually(() => expect($('[data-testid="warranty-field-months"]').text()).toContain('须在 1 到 120 之间'));
  });

  it("shows the server's refusals on the fields they name", async () => {
    mock.reset();
    mock.onPost('/product-series/warranties').replyOnce(400, {
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'invalid input',
        violations: [
          { field: 'validFrom', reason: 'date_in_past' },
          { field: 'series', reason: 'not_found' },
          { field: 'content', reason: 'too_long' },
        ],
      },
    });
    const wrapper = mountDialog('博特');
    await settle();
    await submit();
    await eventually(() => expect($('[data-testid="warranty-field-validFrom"]').text()).toContain('日期不能早于今天'));
    await eventually(() => expect($('[data-testid="warranty-field-series"]').text()).toContain('系统中找不到'));
    await eventually(() => expect($('[data-testid="warranty-field-content"]').text()).toContain('内容过长'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('says which day already has a version when the server answers 409', async () => {
    server.add('博特', '2026-12-05', 40);
    mountDialog('博特');
    await settle();
    await $('[data-testid="warranty-valid-from"] input').setValue('2026-12-05');
    await $('[data-testid="warranty-valid-from"] input').trigger('change');
    await settle();
    await submit();
    await eventually(() => expect(server.posted.at(-1)?.validFrom).toBe('2026-12-05'));
    await eventually(() =>
      expect($('[data-testid="warranty-field-validFrom"]').text()).toContain('该系列在 2026-12-05 已有一个版本'),
    );
  });

  it('opened from the page, lets the user choose the series', async () => {
    mountDialog(null);
    await settle();
    expect($('[data-testid="warranty-series"] input').attributes('disabled')).toBeUndefined();
    await typeMonths('12');
    await typeContent('一年');
    await submit();
    expect(server.posted).toHaveLength(0);
    await eventually(() => expect($('[data-testid="warranty-field-series"]').text()).toContain('此项为必填项'));
  });
});
