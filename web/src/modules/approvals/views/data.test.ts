import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { approvalSummary, decisionText, kindLabel, parseExpenseLineSummary, parsePromotionSummary } from './data';

const t = (key: string, values?: Record<string, unknown>): string => i18n.global.t(key, values ?? {});
const te = (key: string): boolean => i18n.global.te(key);

describe('approval texts', () => {
  it('reads the server summary of a promotion request', () => {
    expect(parsePromotionSummary('赵磊: technician → supervisor (4 of 12 months)')).toEqual({
      name: '赵磊',
      from: 'technician',
      to: 'supervisor',
      months: 4,
      required: 12,
    });
    expect(parsePromotionSummary('赵磊: technician → chef (4 of 12 months)')).toBeNull();
    expect(parsePromotionSummary('something else')).toBeNull();
  });

  it('localizes the summary, and shows an unreadable one as it came', () => {
    setLocale('zh-CN');
    const summary = '赵磊: technician → supervisor (4 of 12 months)';
    expect(approvalSummary(t, { kind: 'promotion_override', summary })).toBe(
      '赵磊：客服技术员 → 客服技术主管（经验 4/12 个月）',
    );
    expect(approvalSummary(t, { kind: 'crew_size', summary: '5 人出车' })).toBe('5 人出车');
    expect(kindLabel(t, te, 'promotion_override')).toBe('破格晋级申请');
    // The jobs module labels its own kind (approvals.kinds.crew_size); a kind nobody labels shows as sent.
    expect(kindLabel(t, te, 'crew_size')).toBe('班组人数超限审批');
    expect(kindLabel(t, te, 'vehicle_swap')).toBe('vehicle_swap');
  });

  it('reads and localizes the summary of a claim line request (R-EXP-1/5)', () => {
    const taxi = '张伟: 2026-11-23 taxi 45.00 yuan (华联大厦安装 (二期))';
    expect(parseExpenseLineSummary(taxi)).toEqual({
      name: '张伟',
      date: '2026-11-23',
      what: 'taxi',
      yuan: '45.00',
      purpose: '华联大厦安装 (二期)',
    });
    expect(parseExpenseLineSummary('张伟: 2026-11-23 rocket 45.00 yuan (x)')).toBeNull();
    expect(parseExpenseLineSummary('张伟: 2026-11-23 taxi 45 yuan (x)')).toBeNull();
    setLocale('zh-CN');
    expect(approvalSummary(t, { kind: 'expense_line', summary: taxi })).toBe(
      '张伟：2026-11-23 出租车 45.00 元（华联大厦安装 (二期)）',
    );
    const night = '张伟: 2026-11-23 lodging 50.00 yuan ()';
    expect(approvalSummary(t, { kind: 'expense_line', summary: night })).toBe('张伟：2026-11-23 住宿 50.00 元（）');
    setLocale('en');
    expect(approvalSummary(t, { kind: 'expense_line', summary: taxi })).toBe(
      '张伟: Taxi on 2026-11-23, 45.00 yuan (华联大厦安装 (二期))',
    );
    // Another kind's text is never read as a claim line's.
    expect(approvalSummary(t, { kind: 'crew_size', summary: taxi })).toBe(taxi);
    setLocale('zh-CN');
  });

  it('says the decision with its reason, nothing while pending', () => {
    setLocale('zh-CN');
    const base = { decidedBy: '谢国华', decidedAt: '2026-05-01T01:30:00Z', decisionReason: null };
    expect(decisionText(t, { ...base, status: 'pending' })).toBe('');
    expect(decisionText(t, { ...base, status: 'approved' })).toBe('谢国华 · 2026-05-01 09:30:00');
    expect(decisionText(t, { ...base, status: 'rejected', decisionReason: '经验不足' })).toBe(
      '谢国华 · 2026-05-01 09:30:00：经验不足',
    );
  });
});
