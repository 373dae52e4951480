import Schema from 'async-validator';
import type { FormRules } from 'element-plus';
import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import type { Assignment, Job, JobDetail } from '@/modules/jobs/api';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import {
  addressOf,
  assignFormOf,
  assignmentNames,
  assignRules,
  dateProblem,
  defaultPieces,
  emptyItem,
  emptyJobForm,
  expectedArrival,
  itemProblems,
  jobFlagsOf,
  jobColumns,
  jobFormRules,
  kindsFor,
  listJobsQuery,
  needsStaffNames,
  orderEvents,
  partyNameOf,
  timelineOf,
  toAssignmentInput,
  toCallInput,
  toNewJob,
  windowProblem,
  type JobFormModel,
} from './data';

setLocale('zh-CN');
const t = (key: string, values?: Record<string, unknown>): string => i18n.global.t(key, values ?? {});
const TODAY = '2026-03-10';

/**
 * The fields el-form would mark, with their first message, as async-validator finds them (el-form
 * drops `trigger` before it validates; so does this).
 */
async function failures(rules: FormRules, model: object): Promise<Record<string, string>> {
  const stripped = Object.fromEntries(
    Object.entries(rules).map(([field, list]) => [
      field,
      (Array.isArray(list) ? list : [list]).map((rule) => {
        const copy: Record<string, unknown> = { ...rule };
        delete copy.trigger;
        return copy;
      }),
    ]),
  );
  const schema = new Schema(stripped as ConstructorParameters<typeof Schema>[0]);
  try {
    await schema.validate(model, { first: false });
    return {};
  } catch (caught) {
    const fields = (caught as { fields?: Record<string, { message?: string }[]> }).fields ?? {};
    return Object.fromEntries(Object.entries(fields).map(([field, list]) => [field, list[0]?.message ?? '']));
  }
}

function installationForm(changes: Partial<JobFormModel> = {}): JobFormModel {
  const form = emptyJobForm('installation', TODAY);
  const item = { ...emptyItem(), productId: 7, quantity: 2, piecesPerUnit: 3, pieces: 6 };
  return {
    ...form,
    customerId: 3,
    siteId: 9,
    contactName: '张经理',
    contactPhone: '13800138000',
    items: [item],
    ...changes,
  };
}

function job(changes: Partial<Job> = {}): Job {
  return aJob({ requestedDate: TODAY, ...changes });
}

describe('intake form rules (as the contract states them)', () => {
  const rulesOf = (form: JobFormModel, dealerAccount = false): FormRules =>
    jobFormRules(t, form, { today: TODAY, dealerAccount });

  it('a complete installation passes', async () => {
    const form = installationForm();
    expect(await failures(rulesOf(form), form)).toEqual({});
  });

  it('every missing field is reported at once, in words', async () => {
    const form = { ...emptyJobForm('installation', TODAY), items: [], contactName: ' ' };
    const found = await failures(rulesOf(form), form);
    expect(Object.keys(found).sort()).toEqual(['contactName', 'contactPhone', 'customerId', 'items', 'siteId']);
    expect(found.customerId).toBe('此项为必填项');
    expect(found.items).toBe('请至少添加一种产品');
  });

  it('the window must start before it ends; a bad phone is said as such', async () => {
    const form = installationForm({ windowStart: '14:00', windowEnd: '12:00', contactPhone: '12345' });
    const found = await failures(rulesOf(form), form);
    expect(found.windowStart).toBe('开始时间必须早于结束时间');
    expect(found.windowEnd).toBe('开始时间必须早于结束时间');
    expect(found.contactPhone).toContain('电话格式不正确');
  });

  it('the requested date may be today but not in the past', async () => {
    expect(dateProblem(TODAY, TODAY)).toBeNull();
    expect(dateProblem('2026-03-09', TODAY)).toBe('date_in_past');
    expect(dateProblem('2026-02-30', TODAY)).toBe('invalid_date');
    const form = installationForm({ requestedDate: '2026-03-01' });
    expect((await failures(rulesOf(form), form)).requestedDate).toBe('日期不能早于今天');
  });

  it('a dealer job needs a dealer, except from a dealer account (the server uses its own)', async () => {
    const form = {
      ...installationForm(),
      kind: 'dealer_delivery' as const,
      party: 'dealer' as const,
      customerId: undefined,
    };
    expect((await failures(rulesOf(form), form)).dealerId).toBe('此项为必填项');
    expect((await failures(rulesOf(form, true), form)).dealerId).toBeUndefined();
    expect(kindsFor(true)).toEqual(['dealer_delivery', 'dealer_installation']);
    expect(kindsFor(false)).toHaveLength(6);
  });

  it('a rework needs its original job; after-sales needs no items but says what to do', async () => {
    const form = { ...installationForm({ items: [] }), kind: 'rework' as const };
    const found = await failures(rulesOf(form), form);
    expect(found.originalJobId).toBe('此项为必填项');
    expect(found.items).toBeUndefined();
    expect(found.notes).toBeUndefined();
    const afterSales = { ...installationForm({ items: [] }), kind: 'after_sales' as const };
    expect(await failures(rulesOf(afterSales), afterSales)).toEqual({ notes: '此项为必填项' });
    const described = { ...afterSales, notes: '抽屉滑轨异响，需更换' };
    expect(await failures(rulesOf(described), described)).toEqual({});
  });

  it('a dealer installation asks for 1 to 50 installers', async () => {
    const form = { ...installationForm(), kind: 'dealer_installation' as const, party: 'dealer' as const, dealerId: 2 };
    expect(
      (await failures(rulesOf({ ...form, crewRequested: 51 }), { ...form, crewRequested: 51 })).crewRequested,
    ).toBe('取值无效');
    expect(await failures(rulesOf({ ...form, crewRequested: 5 }), { ...form, crewRequested: 5 })).toEqual({});
  });

  it('window and item checks on their own', () => {
    expect(windowProblem('09:00', '24:00')).toBeNull();
    expect(windowProblem('09:00', '09:00')).toBe('window_order');
    expect(windowProblem('9:00', '12:00')).toBe('invalid_time');
    const item = { ...emptyItem(), quantity: 0, pieces: -1 };
    expect(itemProblems(item)).toEqual({
      productId: 'required',
      quantity: 'must_be_positive',
      pieces: 'invalid_value',
    });
    expect(itemProblems({ ...emptyItem(), productId: 1, quantity: 100001 })).toEqual({ quantity: 'too_large' });
  });

  it('pieces default to quantity × pieces per unit', () => {
    expect(defaultPieces(4, 3)).toBe(12);
    expect(defaultPieces(4, null)).toBeUndefined();
    expect(defaultPieces(undefined, 3)).toBeUndefined();
  });
});

describe('the POST /jobs body', () => {
  it('sends only what the kind uses, trimmed, with default pieces', () => {
    const form = installationForm({
      contactName: ' 张经理 ',
      sourceDocument: ' FK-9 ',
      notes: '',
      crewRequested: 6,
      originalJobId: 4,
      dealerId: 2,
      items: [{ ...emptyItem(), productId: 7, quantity: 2, piecesPerUnit: 3, pieces: undefined }],
    });
    expect(toNewJob(form, false)).toEqual({
      kind: 'installation',
      customerId: 3,
      siteId: 9,
      contactName: '张经理',
      contactPhone: '13800138000',
      requestedDate: TODAY,
      windowStart: '09:00',
      windowEnd: '17:00',
      priority: 'normal',
      sourceDocument: 'FK-9',
      items: [{ productId: 7, quantity: 2, pieces: 6 }],
    });
  });

  it('a dealer account sends no dealer; a dealer installation sends the crew it asks for', () => {
    const form = { ...installationForm(), kind: 'dealer_installation' as const, party: 'dealer' as const };
    const body = toNewJob({ ...form, dealerId: 2, crewRequested: 5 }, true);
    expect(body.dealerId).toBeUndefined();
    expect(body.customerId).toBeUndefined();
    expect(body.crewRequested).toBe(5);
    expect(toNewJob({ ...form, dealerId: 2 }, false).dealerId).toBe(2);
  });
});

describe('assignment', () => {
  it('starts from the job (request or current assignment) and never sends the lead as a member', () => {
    const form = assignFormOf(job());
    expect(form).toMatchObject({ lead: undefined, members: [], date: TODAY, windowStart: '09:00', windowEnd: '12:00' });
    expect(toAssignmentInput({ ...form, lead: 5, members: [5, 6], vehicleId: 2 }, 3)).toEqual({
      lead: 5,
      members: [6],
      vehicleId: 2,
      date: TODAY,
      windowStart: '09:00',
      windowEnd: '12:00',
      version: 3,
    });
  });

  it('needs a lead, a date from today and an ordered window', async () => {
    const form = { ...assignFormOf(job()), date: '2026-03-01', windowEnd: '08:00' };
    const found = await failures(assignRules(t, form, TODAY), form);
    expect(Object.keys(found).sort()).toEqual(['date', 'lead', 'windowEnd', 'windowStart']);
  });
});

const ASSIGNED: Assignment = {
  lead: 5,
  leadName: '李强',
  members: [6, 7],
  memberNames: ['赵磊', '韩雪'],
  vehicleId: 2,
  vehiclePlate: '鲁A·12345',
  driver: 9,
  driverName: '马成',
  date: TODAY,
  windowStart: '09:00',
  windowEnd: '12:00',
};
const LOOKUP = { staff: (id: number) => `#${id}`, vehicle: (id: number) => `车#${id}` };

describe('names the server sends', () => {
  it('shows the customer or dealer and the address as sent', () => {
    expect(partyNameOf(job())).toBe('济南华科');
    expect(partyNameOf(job({ customerId: null, customerName: null, dealerId: 3, dealerName: '华府家具' }))).toBe(
      '华府家具',
    );
    expect(partyNameOf(job({ customerName: null }))).toBe('');
    expect(addressOf(job())).toBe('历下区 经十路 100 号');
    expect(addressOf(job({ divisionName: '' }), '济南市 历下区')).toBe('济南市 历下区 经十路 100 号');
  });

  it("names the crew from the assignment's names, looking up only what is missing", () => {
    expect(assignmentNames(ASSIGNED, LOOKUP)).toEqual({
      lead: '李强',
      members: ['赵磊', '韩雪'],
      vehicle: '鲁A·12345',
      driver: '马成',
    });
    // The answer to an assignment carries no names; a list carries no member names.
    const bare: Assignment = { ...ASSIGNED, leadName: '', memberNames: [], vehiclePlate: null, driverName: null };
    expect(assignmentNames(bare, LOOKUP)).toEqual({
      lead: '#5',
      members: ['#6', '#7'],
      vehicle: '车#2',
      driver: '#9',
    });
    expect(
      assignmentNames({ ...ASSIGNED, vehicleId: null, vehiclePlate: null, driver: null, driverName: null }, LOOKUP),
    ).toMatchObject({ vehicle: null, driver: null });
  });

  it('asks for the staff list only when a name the page shows is missing', () => {
    expect(needsStaffNames(job())).toBe(false);
    expect(needsStaffNames(job({ assignment: ASSIGNED }), true)).toBe(false);
    const listed = job({ assignment: { ...ASSIGNED, memberNames: [] } });
    expect(needsStaffNames(listed)).toBe(false);
    expect(needsStaffNames(listed, true)).toBe(true);
    expect(needsStaffNames(job({ assignment: { ...ASSIGNED, leadName: '' } }))).toBe(true);
    expect(needsStaffNames(job({ assignment: { ...ASSIGNED, driverName: null } }))).toBe(true);
  });

  it('the list columns and the export use those names', () => {
    const names = {
      party: partyNameOf,
      division: (j: Job) => j.divisionName,
      staff: LOOKUP.staff,
      vehicle: LOOKUP.vehicle,
    };
    const columns = jobColumns(t, names);
    const text = (key: string, row: Job): unknown => columns.find((c) => c.key === key)?.value?.(row);
    const row = job({ assignment: ASSIGNED, flags: ['missing_eta_call', 'unassigned'] });
    expect(text('party', row)).toBe('济南华科');
    expect(text('district', row)).toBe('历下区');
    expect(text('siteStreet', row)).toBe('经十路 100 号');
    expect(text('crew', row)).toBe('李强 等 3 人');
    expect(text('vehicle', row)).toBe('鲁A·12345');
    expect(text('flags', row)).toBe('未派工、未电话告知到达时间');
  });

  it('sends the division filter as the 6-digit code it is', () => {
    const filters = { q: '', status: '', kind: '', from: '', to: '', dealerId: '', division: '370100', flag: '' };
    expect(listJobsQuery(filters, 1, 20).division).toBe('370100');
    expect(listJobsQuery({ ...filters, division: '' }, 1, 20).division).toBeUndefined();
  });
});

describe('flags, calls, timeline', () => {
  it("shows the server's flags in the contract's order, whatever the list is filtered by", () => {
    expect(jobFlagsOf(job())).toEqual(['unassigned']);
    expect(jobFlagsOf(job({ flags: [] }))).toEqual([]);
    expect(jobFlagsOf(job({ flags: ['missing_address_call', 'awaiting_approval'] }))).toEqual([
      'awaiting_approval',
      'missing_address_call',
    ]);
  });

  it('sends a new ETA with the Shanghai offset it was entered in', () => {
    expect(toCallInput({ kind: 'eta', outcome: 'changed', newEta: '2026-03-10 14:30', note: ' 晚到 ' })).toEqual({
      kind: 'eta',
      outcome: 'changed',
      newEta: '2026-03-10T14:30:00+08:00',
      note: '晚到',
    });
    expect(toCallInput({ kind: 'address', outcome: 'confirmed', newEta: '', note: '' })).toEqual({
      kind: 'address',
      outcome: 'confirmed',
    });
  });

  it("tells the customer the plan's arrival, or the latest one a call changed (R-DSP-5)", () => {
    const assignment = job().assignment ?? {
      lead: 5,
      leadName: '李强',
      members: [],
      memberNames: [],
      vehicleId: null,
      vehiclePlate: null,
      driver: null,
      driverName: null,
      date: '2026-03-11',
      windowStart: '09:40',
      windowEnd: '10:25',
    };
    expect(expectedArrival({ assignment: null, calls: [] })).toBeNull();
    expect(expectedArrival({ assignment, calls: [] })).toBe(`${assignment.date} ${assignment.windowStart}`);
    const call = (id: number, at: string, newEta: string | null) =>
      ({ id, kind: 'eta', at, by: '徐敏', outcome: newEta ? 'changed' : 'reached', newEta, note: '' }) as const;
    expect(
      expectedArrival({
        assignment,
        calls: [
          call(2, '2026-03-10T02:00:00Z', '2026-03-11T03:15:00Z'), // 11:15 in Shanghai, the later call
          call(1, '2026-03-10T01:00:00Z', '2026-03-11T02:00:00Z'),
          call(3, '2026-03-10T03:00:00Z', null), // reached, no change
        ],
      }),
    ).toBe('2026-03-11 11:15');
  });

  it('merges transitions and calls, newest first', () => {
    const detail: Pick<JobDetail, 'transitions' | 'calls'> = {
      transitions: [
        { from: 'new', to: 'scheduled', event: 'schedule', at: '2026-03-09T01:00:00Z', by: '王建国', note: '' },
        { from: 'scheduled', to: 'loading', event: 'start_loading', at: '2026-03-10T00:30:00Z', by: '马成', note: '' },
      ],
      calls: [
        { id: 1, kind: 'eta', at: '2026-03-10T00:10:00Z', by: '徐敏', outcome: 'reached', newEta: null, note: '' },
      ],
    };
    expect(timelineOf(detail).map((e) => e.at)).toEqual([
      '2026-03-10T00:30:00Z',
      '2026-03-10T00:10:00Z',
      '2026-03-09T01:00:00Z',
    ]);
  });

  it('puts the side exits last among the next events', () => {
    expect(orderEvents(['cancel', 'start_loading', 'unschedule'])).toEqual(['start_loading', 'cancel', 'unschedule']);
  });

  it('leaves putting a finished job back in the schedule to the rework part of the page (R-FLD-8)', () => {
    expect(orderEvents(['accept', 'schedule_rework'])).toEqual(['accept']);
  });
});
