import { afterAll, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { CLASH_REASONS, byLine, clashLines, isClash, parsePath, type ClashContext } from './violations';

const t = (key: string, values?: Record<string, unknown>): string => i18n.global.t(key, values ?? {});
const te = (key: string): boolean => i18n.global.te(key);

const NAMES: Record<number, string> = { 5: '李强', 6: '赵磊', 7: '韩雪', 9: '马成' };
const ctx: ClashContext = {
  t,
  te,
  sent: { lead: 5, members: [6, 7], vehicleId: 2, driver: 9 },
  staffName: (id) => NAMES[id] ?? `#${id}`,
  vehicleName: (id) => (id === 2 ? '鲁A·12345' : `#${id}`),
};

afterAll(() => setLocale('zh-CN'));

describe('violation paths', () => {
  it('parses indexed paths', () => {
    expect(parsePath('rows[3].items[1].model')).toEqual([
      { name: 'rows', index: 3 },
      { name: 'items', index: 1 },
      { name: 'model', index: null },
    ]);
    expect(parsePath('members[2]')).toEqual([{ name: 'members', index: 2 }]);
    expect(parsePath('lead')).toEqual([{ name: 'lead', index: null }]);
  });

  it('puts items[i].field on its line, the rest aside, in one pass', () => {
    const { lines, others } = byLine(
      [
        { field: 'items[1].quantity', reason: 'must_be_positive' },
        { field: 'items[1].productId', reason: 'not_found' },
        { field: 'items[0]', reason: 'duplicate' },
        { field: 'siteId', reason: 'not_found' },
        { field: 'itemsX[0].a', reason: 'x' },
      ],
      'items',
    );
    expect([...lines.keys()].sort()).toEqual([0, 1]);
    expect(lines.get(1)?.get('quantity')?.[0]?.reason).toBe('must_be_positive');
    expect(lines.get(1)?.get('productId')?.[0]?.reason).toBe('not_found');
    expect(lines.get(0)?.get('')?.[0]?.reason).toBe('duplicate');
    expect(others.map((v) => v.field)).toEqual(['siteId', 'itemsX[0].a']);
  });
});

describe('assignment clashes in words', () => {
  // As the server sends them (crew_rules.cpp): a person's detail starts with the name, a vehicle's
  // with the plate; busy adds the other job's number and window.
  const refusal = [
    { field: 'lead', reason: 'busy', detail: '李强 KF-2026-000123 09:00–12:00' },
    { field: 'members[1]', reason: 'on_leave', detail: '韩雪' },
    { field: 'members[0]', reason: 'staff_left', detail: '赵磊' },
    { field: 'lead', reason: 'not_installer', detail: '李强' },
    { field: 'crew', reason: 'intern_without_lead', detail: '韩雪' },
    { field: 'crew', reason: 'too_few', detail: '3 < 5' },
    { field: 'vehicleId', reason: 'not_in_service', detail: '鲁A·12345 maintenance' },
    { field: 'vehicleId', reason: 'busy', detail: '鲁A·12345 KF-2026-000124 08:00–10:00' },
    { field: 'vehicleId', reason: 'over_volume', detail: '3200 L > 2500 L' },
    { field: 'vehicleId', reason: 'over_weight', detail: '400 kg > 300 kg' },
    { field: 'driver', reason: 'not_driver', detail: '马成' },
    { field: 'members[5]', reason: 'something_new' },
  ];

  it('names each person or vehicle once and says why, in Chinese', () => {
    setLocale('zh-CN');
    const lines = clashLines(refusal, ctx).map((l) => `${l.subject}：${l.text}`);
    expect(lines).toEqual([
      '组长 李强：同一时段已安排了其他任务（KF-2026-000123 09:00–12:00）',
      '组员 韩雪：当天请假',
      '组员 赵磊：已离职',
      '组长 李强：不是安装人员（客服技术主管、技术员或实习员）',
      '班组：实习员必须和客服技术主管或技术员同组（韩雪）',
      '班组：人数少于产品所需（3 < 5）',
      '车辆 鲁A·12345：车辆不在可用状态（维修保养中）',
      '车辆 鲁A·12345：同一时段已安排了其他任务（KF-2026-000124 08:00–10:00）',
      '车辆 鲁A·12345：货物体积超过车辆容积（3200 L > 2500 L）',
      '车辆 鲁A·12345：货物重量超过车辆载重（400 kg > 300 kg）',
      '司机 马成：不是司机',
      '第 6 位组员：输入无效（something_new）',
    ]);
  });

  it("keeps the server's name when the page cannot name the person", () => {
    setLocale('zh-CN');
    const [line] = clashLines([{ field: 'members[0]', reason: 'on_leave', detail: '周强' }], {
      ...ctx,
      staffName: (id) => `#${id}`,
    });
    expect(`${line?.subject}：${line?.text}`).toBe('组员 #6：当天请假（周强）');
  });

  it('is localized (English)', () => {
    setLocale('en');
    const [first, second] = clashLines(refusal.slice(0, 3), ctx);
    expect(`${first?.subject}: ${first?.text}`).toBe(
      'Lead 李强: already on another job in that window (KF-2026-000123 09:00–12:00)',
    );
    expect(second?.text).toBe('on leave that day');
  });

  it('plain field problems fall back to the validation texts', () => {
    setLocale('zh-CN');
    const [line] = clashLines([{ field: 'date', reason: 'date_in_past' }], ctx);
    expect(line).toEqual({ field: 'date', subject: '日期', text: '日期不能早于今天' });
    expect(isClash({ field: 'date', reason: 'date_in_past' })).toBe(false);
    expect(isClash({ field: 'members[0]', reason: 'required' })).toBe(true);
    expect(isClash({ field: 'vehicleId', reason: 'over_weight' })).toBe(true);
    expect(isClash({ field: 'driver', reason: 'staff_left' })).toBe(true);
  });

  it('every clash the contract lists has its own words in every language', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      setLocale(locale);
      for (const reason of CLASH_REASONS) expect(te(`jobs.clash.reasons.${reason}`), `${locale}: ${reason}`).toBe(true);
    }
  });
});
