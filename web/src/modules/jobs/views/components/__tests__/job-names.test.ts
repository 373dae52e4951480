import { flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import type { Job, JobDetail } from '@/modules/jobs/api';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import { useAuthStore } from '@/stores/auth';
import { todayInShanghai } from '@/utils/format';
import { stubMatchMedia } from '@/utils/test-match-media';
import MyJobs from '../../my-jobs/index.vue';
import JobDetailDrawer from '../job-detail.vue';

/**
 * The jobs pages show the names the server sends with a job (customer, address, crew, vehicle) and
 * its flags, without reading the customer, site, division, staff or vehicle records.
 */
let mock: MockAdapter;
let pinia: Pinia;
let router: Router;
const today = todayInShanghai();

const JOB: Job = aJob({
  id: 7,
  number: 'KF-2026-000007',
  status: 'en_route',
  requestedDate: today,
  priority: 'urgent',
  sourceDocument: 'FK-7',
  assignment: {
    lead: 5,
    leadName: '李强',
    members: [6],
    memberNames: ['赵磊'],
    vehicleId: 2,
    vehiclePlate: '鲁A·12345',
    driver: 9,
    driverName: '马成',
    date: today,
    windowStart: '09:00',
    windowEnd: '12:00',
  },
  version: 3,
  flags: ['missing_address_call'],
});

const DETAIL: JobDetail = { ...JOB, transitions: [], calls: [], nextEvents: ['arrive'] };

beforeAll(() => stubMatchMedia());

beforeEach(async () => {
  pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  // Even a reader who could look every name up finds them on the job already.
  useAuthStore().me = {
    id: 30,
    username: 'head',
    displayName: '王建国',
    roles: ['head'],
    permissions: ['job.read', 'customer.read', 'dealer.read', 'staff.read', 'vehicle.read'],
    dealerId: null,
    staffId: 1,
    csrfToken: 'x',
  };
  mock.onGet('/jobs').reply(200, { items: [JOB], total: 1, page: 1, pageSize: 200 });
  mock.onGet('/jobs/7').reply(200, DETAIL);
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: defineComponent({ render: () => h('div') }) },
      { path: '/jobs/:id?', component: defineComponent({ render: () => h('div') }) },
      { path: '/audit', component: defineComponent({ render: () => h('div') }) },
    ],
  });
  await router.push('/');
  await router.isReady();
});

afterEach(() => {
  mock.restore();
  document.body.innerHTML = '';
});

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await flushPromises();
    await nextTick();
  }
}

/** Requests other than the job's own (its detail, its field work and documents): name lookups. */
function lookups(): string[] {
  return mock.history.get
    .map((r) => r.url ?? '')
    .filter((url) => !url.startsWith('/jobs') && !url.startsWith('/field/jobs/'));
}

describe('the names a job carries', () => {
  it('my jobs today: the customer, the address and the flags on each card', async () => {
    const wrapper = mount(MyJobs, { global: { plugins: [pinia, i18n, ElementPlus, router] } });
    await settle();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="my-jobs-card"]').exists()).toBe(true));
    const card = wrapper.find('[data-testid="my-jobs-card"]');
    expect(card.text()).toContain('济南华科');
    expect(card.find('[data-testid="my-jobs-address"]').text()).toBe('历下区 经十路 100 号');
    expect(card.find('[data-testid="my-jobs-flag-missing_address_call"]').text()).toBe('未确认详细地址');
    expect(lookups()).toEqual([]);
    wrapper.unmount();
  });

  it('the detail: party, address, crew, vehicle and driver by name, and the flags', async () => {
    const wrapper = mount(JobDetailDrawer, {
      props: { modelValue: true, jobId: 7 },
      global: {
        plugins: [pinia, i18n, ElementPlus, router],
        stubs: { transition: false, 'transition-group': false },
      },
      attachTo: document.body,
    });
    await settle();
    const text = (testid: string): string =>
      document.body.querySelector(`[data-testid="${testid}"]`)?.textContent?.trim() ?? '';
    await vi.waitFor(() => expect(text('job-detail-lead')).toBe('李强'));
    expect(text('job-detail-members')).toBe('赵磊');
    expect(text('job-detail-vehicle')).toBe('鲁A·12345');
    expect(text('job-detail-driver')).toBe('马成');
    expect(text('job-detail-address')).toBe('历下区 经十路 100 号');
    expect(text('job-detail-flag-missing_address_call')).toBe('未确认详细地址');
    expect(document.body.querySelector('[data-testid="job-detail-fields"]')?.textContent).toContain('济南华科');
    expect(lookups()).toEqual([]);
    wrapper.unmount();
  });
});
