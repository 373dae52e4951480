// R-FLD-4: the warranty page lists every series with the warranty in force today (未设置 when
// none), its history on demand, and the "set" action only for those who may write products.
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { Permission } from '@/api/types';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import { useAuthStore } from '@/stores/auth';
import { todayInShanghai } from '@/utils/format';
import { addDays } from '@/utils/dates';
import { stubMatchMedia } from '@/utils/test-match-media';
import { FakeWarrantyServer } from '../../../testing/fake-warranty-server';
import SeriesWarranties from '../series-warranties.vue';

let mock: MockAdapter;
let server: FakeWarrantyServer;
let pinia: Pinia;
const today = todayInShanghai();

beforeAll(() => stubMatchMedia());
beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  server = new FakeWarrantyServer(today);
  server.add('博特', addDays(today, -30), 36, '桌面保修三年');
  server.add('博特', addDays(today, 10), 48, '桌面保修四年');
  server.install(mock);
});
afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

function mountPage(permissions: Permission[]) {
  useAuthStore().me = {
    id: 3,
    username: 'clerk',
    displayName: '孙敏',
    roles: ['clerk'],
    permissions,
    dealerId: null,
    staffId: 3,
    csrfToken: 'x',
  };
  return mount(SeriesWarranties, {
    global: { plugins: [pinia, i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
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

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

describe('the series warranty page', () => {
  it('shows every series with the warranty in force today, and 未设置 where there is none', async () => {
    const wrapper = mountPage(['product.read', 'product.write']);
    await settle();
    expect(wrapper.findAll('[data-testid="series-warranty-name"]').map((n) => n.text())).toEqual(['百越', '博特']);
    const rows = wrapper.findAll('[data-testid="series-warranties-table"] .el-table__body tr.el-table__row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.find('[data-testid="series-warranty-unset"]').text()).toBe('未设置');
    expect(rows[1]?.find('[data-testid="series-warranty-months"]').text()).toBe('36 个月');
    expect(rows[1]?.find('[data-testid="series-warranty-content"]').text()).toBe('桌面保修三年');
    expect(rows[1]?.find('[data-testid="series-warranty-upcoming"]').text()).toContain('48 个月');
    expect(wrapper.find('[data-testid="series-warranties-unset-count"]').text()).toContain('1 个系列');

    await rows[1]!.find('.el-table__expand-icon').trigger('click');
    await settle();
    const versions = wrapper.findAll('[data-testid="warranty-version"]');
    expect(versions.map((v) => v.attributes('data-state'))).toEqual(['scheduled', 'inForce']);
    expect(versions[1]?.text()).toContain('桌面保修三年');
  });

  it('opens the dialog for the series of the row, and shows the new version once saved', async () => {
    const wrapper = mountPage(['product.read', 'product.write']);
    await settle();
    const set = wrapper
      .findAll('[data-testid="series-warranty-set"]')
      .find((b) => b.attributes('data-series') === '百越');
    await set!.trigger('click');
    await settle();
    expect($('[data-testid="warranty-dialog"]').text()).toContain('设置“百越”系列保修');
    await $('[data-testid="warranty-months"] input').setValue('24');
    await $('[data-testid="warranty-months"] input').trigger('change');
    await $('textarea[data-testid="warranty-content"]').setValue('面料保修两年');
    await $('[data-testid="warranty-submit"]').trigger('click');
    await settle();
    await eventually(() =>
      expect(server.posted).toEqual([{ series: '百越', validFrom: today, months: 24, content: '面料保修两年' }]),
    );
    await eventually(() => expect(wrapper.find('[data-testid="series-warranty-unset"]').exists()).toBe(false));
    expect(wrapper.findAll('[data-testid="series-warranty-months"]').map((m) => m.text())).toEqual([
      '24 个月',
      '36 个月',
    ]);
  });

  it('lets a reader see but not set', async () => {
    const wrapper = mountPage(['product.read']);
    await settle();
    expect(wrapper.findAll('[data-testid="series-warranty-name"]')).toHaveLength(2);
    expect(wrapper.find('[data-testid="series-warranty-set"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="series-warranty-add"]').exists()).toBe(false);
    expect(document.body.querySelector('[data-testid="warranty-dialog"]')).toBeNull();
  });
});
