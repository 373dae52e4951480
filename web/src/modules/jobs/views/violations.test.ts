import { afterAll, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { byLine, clashLines, isClash, parsePath, type ClashContext } from './violations';

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
  const refusal = [
    { field: 'lead', reason: 'busy', detail: 'KF-2026-000123 09:00–12:00' },
    { field: 'members[1]', reason: 'on_leave', detail: '2026-03-10' },
    { field: 'members[0]', reason: 'not_installer' },
    { field: 'crew', reason: 'intern_without_lead' },
    { field: 'vehicleId', reason: 'not_in_service' },
    { field: 'vehicleId', reason: 'over_volume', detail: '3.20 m³ > 2.50 m³' },
    { field: 'vehicleId', reason: 'over_weight' },
    { field: 'driver', reason: 'busy', detail: 'KF-2026-000124' },
    { field: 'members[5]', reason: 'something_new' },
  ];

  it('names each person or vehicle and says why, in Chinese', () => {
    setLocale('zh-CN');
    const lines = clashLines(refusal, ctx).map((l) => `${l.subject}：${l.text}`);
    expect(lines).toEqual([
      '组长 李强：同一时段已安排了其他任务（KF-2026-000123 09:00–12:00）',
      '组员 韩雪：当天请假（2026-03-10）',
      '组员 赵磊：不是安装人员（客服技术主管、技术员或实习员）',
      '班组：实习员必须和客服技术主管或技术员同组',
      '车辆 鲁A·12345：车辆不在可用状态（维修保养中或已报废）',
      '车辆 鲁A·12345：货物体积超过车辆容积（3.20 m³ > 2.50 m³）',
      '车辆 鲁A·12345：货物重量超过车辆载重',
      '司机 马成：同一时段已安排了其他任务（KF-2026-000124）',
      '第 6 位组员：输入无效（something_new）',
    ]);
  });

  it('is localized (English)', () => {
    setLocale('en');
    const [first, second] = clashLines(refusal.slice(0, 2), ctx);
    expect(`${first?.subject}: ${first?.text}`).toBe(
      'Lead 李强: already on another job in that window (KF-2026-000123 09:00–12:00)',
    );
    expect(second?.text).toBe('on leave that day (2026-03-10)');
  });

  it('plain field problems fall back to the validation texts', () => {
    setLocale('zh-CN');
    const [line] = clashLines([{ field: 'date', reason: 'date_in_past' }], ctx);
    expect(line).toEqual({ field: 'date', subject: '日期', text: '日期不能早于今天' });
    expect(isClash({ field: 'date', reason: 'date_in_past' })).toBe(false);
    expect(isClash({ field: 'members[0]', reason: 'required' })).toBe(true);
    expect(isClash({ field: 'vehicleId', reason: 'over_weight' })).toBe(true);
  });
});
