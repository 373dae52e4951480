import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { approvalSummary, decisionText, kindLabel, parsePromotionSummary } from './data';

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
