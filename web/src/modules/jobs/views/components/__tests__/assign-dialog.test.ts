import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '@/api/client';
import { i18n, setLocale } from '@/locales';
import type { Job } from '@/modules/jobs/api';
import { useAuthStore } from '@/stores/auth';
import { todayInShanghai } from '@/utils/format';
import { stubMatchMedia } from '@/utils/test-match-media';
import AssignDialog from '../assign-dialog.vue';

let mock: MockAdapter;
let pinia: Pinia;
const today = todayInShanghai();

function staff(id: number, name: string, grade: string, roles: string[] = []) {
  return {
    id,
    name,
    phone: '13800138000',
    hireDate: '2020-01-01',
    experienceStart: '2020-01-01',
    grade,
    roles,
    status: 'active',
    monthsOfExperience: 60,
    version: 1,
  };
}

const JOB: Job = {
  id: 1,
  number: 'KF-2026-000001',
  kind: 'dealer_installation',
  status: 'new',
  customerId: null,
  dealerId: 3,
  siteId: 21,
  divisionCode: '370102',
  contactName: '孔经理',
  contactPhone: '13900000000',
  requestedDate: today,
  windowStart: '09:00',
  windowEnd: '12:00',
  priority: 'normal',
  sourceDocument: '',
  notes: '',
  raisedBy: '孔经理',
  originalJobId: null,
  crewRequested: 5,
  crewNeeded: 5,
  crewApproval: 'not_needed',
  approvalId: null,
  // A job reassigned: the dialog starts from its crew.
  assignment: {
    lead: 5,
    leadName: '李强',
    members: [6, 7, 10, 11],
    memberNames: ['赵磊', '韩雪', '周强', '吴刚'],
    vehicleId: 2,
    vehiclePlate: '鲁A·12345',
    driver: 9,
    driverName: '马成',
    date: today,
    windowStart: '09:00',
    windowEnd: '12:00',
  },
  cancelReason: null,
  items: [],
  totalPieces: 30,
  totalVolumeL: 3200,
  totalWeightG: 400000,
  createdAt: '2026-03-09T02:00:00Z',
  version: 4,
  customerName: null,
  dealerName: '华府家具',
  siteStreet: '经十路 100 号',
  divisionName: '历下区',
  flags: [],
};

beforeAll(() => stubMatchMedia());

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  mock = new MockAdapter(http);
  useAuthStore().me = {
    id: 1,
    username: 'head',
    displayName: '王建国',
    roles: ['head'],
    permissions: ['job.read', 'job.assign', 'staff.read', 'vehicle.read'],
    dealerId: null,
    staffId: 1,
    csrfToken: 'x',
  };
  mock.onGet('/staff').reply(200, {
    items: [
      staff(5, '李强', 'supervisor'),
      staff(6, '赵磊', 'technician'),
      staff(7, '韩雪', 'intern'),
      staff(10, '周强', 'technician'),
      staff(11, '吴刚', 'technician'),
      staff(9, '马成', 'none', ['driver']),
    ],
    total: 6,
    page: 1,
    pageSize: 200,
  });
  mock.onGet('/vehicles').reply(200, {
    items: [
      {
        id: 2,
        plate: '鲁A·12345',
        model: '依维柯',
        volumeL: 2500,
        payloadKg: 1500,
        seats: 6,
        status: 'in_service',
        driverStaffId: 9,
        version: 1,
      },
    ],
    total: 1,
    page: 1,
    pageSize: 200,
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

function open() {
  return mount(AssignDialog, {
    props: { modelValue: true, job: JOB },
    global: { plugins: [pinia, i18n, ElementPlus], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  });
}

describe('assignment dialog', () => {
  it('lists each clash of a refusal, naming the person or vehicle and the other job', async () => {
    mock.onPost('/jobs/1/assignment').reply(409, {
      error: {
        code: 'FAILED_PRECONDITION',
        message: 'conflict',
        violations: [
          { field: 'lead', reason: 'busy', detail: '李强 KF-2026-000123 08:00–10:00' },
          { field: 'members[1]', reason: 'on_leave', detail: '韩雪' },
          { field: 'vehicleId', reason: 'over_volume', detail: '3200 L > 2500 L' },
        ],
      },
    });
    const wrapper = open();
    await settle();
    await $('[data-testid="job-assign-submit"]').trigger('click');
    await settle();
    await vi.waitFor(() => expect(mock.history.post).toHaveLength(1), { timeout: 5000 });
    const sent = JSON.parse(String(mock.history.post[0]?.data)) as Record<string, unknown>;
    expect(sent).toEqual({
      lead: 5,
      members: [6, 7, 10, 11],
      vehicleId: 2,
      driver: 9,
      date: today,
      windowStart: '09:00',
      windowEnd: '12:00',
      version: 4,
    });

    await vi.waitFor(() => expect(document.body.querySelectorAll('[data-testid="job-assign-clash"]')).toHaveLength(3));
    const lines = [...document.body.querySelectorAll('[data-testid="job-assign-clash"]')].map((e) =>
      e.textContent?.trim(),
    );
    expect(lines).toEqual([
      '组长 李强：同一时段已安排了其他任务（KF-2026-000123 08:00–10:00）',
      '组员 韩雪：当天请假',
      '车辆 鲁A·12345：货物体积超过车辆容积（3200 L > 2500 L）',
    ]);
    expect(wrapper.emitted('assigned')).toBeUndefined();
  });

  it("names the job's crew as the server sent them when the staff list cannot be read", async () => {
    // Another user (the shared lookups start afresh) who may assign but not read staff or vehicles.
    const auth = useAuthStore();
    if (auth.me) auth.me = { ...auth.me, id: 2, permissions: ['job.read', 'job.assign'] };
    mock.onPost('/jobs/1/assignment').reply(409, {
      error: {
        code: 'FAILED_PRECONDITION',
        message: 'conflict',
        violations: [
          { field: 'members[3]', reason: 'staff_left', detail: '吴刚' },
          { field: 'vehicleId', reason: 'not_in_service', detail: '鲁A·12345 maintenance' },
          { field: 'crew', reason: 'too_few', detail: '4 < 5' },
        ],
      },
    });
    open();
    await settle();
    await $('[data-testid="job-assign-submit"]').trigger('click');
    await settle();
    await vi.waitFor(() => expect(document.body.querySelectorAll('[data-testid="job-assign-clash"]')).toHaveLength(3));
    const lines = [...document.body.querySelectorAll('[data-testid="job-assign-clash"]')].map((e) =>
      e.textContent?.trim(),
    );
    expect(lines).toEqual([
      '组员 吴刚：已离职',
      '车辆 鲁A·12345：车辆不在可用状态（维修保养中）',
      '班组：人数少于产品所需（4 < 5）',
    ]);
    expect(mock.history.get.filter((r) => r.url === '/staff' || r.url === '/vehicles')).toEqual([]);
  });

  it('says that a crew over the policy size waits for leadership', async () => {
    mock.onPost('/jobs/1/assignment').reply(200, { ...JOB, status: 'new', crewApproval: 'pending', version: 5 });
    const wrapper = open();
    await settle();
    await $('[data-testid="job-assign-submit"]').trigger('click');
    await settle();
    await vi.waitFor(() => expect(wrapper.emitted('assigned')).toHaveLength(1), { timeout: 5000 });
    await vi.waitFor(() => expect(document.body.textContent).toContain('已提交主管领导审批'));
  });
});
