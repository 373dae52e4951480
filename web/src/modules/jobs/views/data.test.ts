import Schema from 'async-validator';
import type { FormRules } from 'element-plus';
import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import type { Job, JobDetail } from '@/modules/jobs/api';
import {
  assignFormOf,
  assignRules,
  dateProblem,
  defaultPieces,
  emptyItem,
  emptyJobForm,
  itemProblems,
  jobFlagsOf,
  jobFormRules,
  kindsFor,
  orderEvents,
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
  return {
    id: 1,
    number: 'KF-2026-000001',
    kind: 'installation',
    status: 'new',
    customerId: 3,
    dealerId: null,
    siteId: 9,
    divisionCode: 370102,
    contactName: '张经理',
    contactPhone: '13800138000',
    requestedDate: TODAY,
    windowStart: '09:00',
    windowEnd: '12:00',
    priority: 'normal',
    sourceDocument: 'FK-1',
    notes: '',
    raisedBy: '罗刚',
    originalJobId: null,
    crewRequested: null,
    crewNeeded: 2,
    crewApproval: 'not_needed',
    approvalId: null,
    assignment: null,
    cancelReason: null,
    items: [],
    totalPieces: 6,
    totalVolumeL: 1200,
    totalWeightG: 85000,
    createdAt: '2026-03-09T02:00:00Z',
    version: 1,
    ...changes,
  };
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

  it('a rework needs its original job; after-sales needs no items', async () => {
    const form = { ...installationForm({ items: [] }), kind: 'rework' as const };
    const found = await failures(rulesOf(form), form);
    expect(found.originalJobId).toBe('此项为必填项');
    expect(found.items).toBeUndefined();
    const afterSales = { ...installationForm({ items: [] }), kind: 'after_sales' as const };
    expect(await failures(rulesOf(afterSales), afterSales)).toEqual({});
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

describe('flags, calls, timeline', () => {
  it('derives the flags a row shows, and adds the one the list is filtered by', () => {
    expect(jobFlagsOf(job())).toEqual(['unassigned']);
    expect(jobFlagsOf(job({ crewApproval: 'pending', status: 'scheduled' }))).toEqual(['awaiting_approval']);
    expect(jobFlagsOf(job({ status: 'loading' }), 'missing_eta_call')).toEqual(['missing_eta_call']);
    expect(jobFlagsOf({ ...job(), flags: ['missing_address_call'] })).toEqual(['missing_address_call']);
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
});
