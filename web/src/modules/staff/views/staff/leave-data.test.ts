import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import { LEAVE_MAX_DAYS, coversDay, leaveDays, leaveFormRules, type LeaveFormModel } from './data';

const t = (key: string): string => key;

async function checkTo(form: LeaveFormModel): Promise<string> {
  const list = leaveFormRules(t, () => form).to as RuleItem[];
  for (const rule of list) {
    if (rule.required && !form.to) return String(rule.message);
    if (rule.validator) {
      const message = await new Promise<string>((resolve) => {
        void rule.validator?.(
          rule,
          form.to,
          (error?: string | Error) => resolve(error instanceof Error ? error.message : (error ?? '')),
          {},
          {},
        );
      });
      if (message) return message;
    }
  }
  return '';
}

describe('leave', () => {
  it('counts both ends as days of leave', () => {
    expect(leaveDays('2026-11-27', '2026-11-27')).toBe(1);
    expect(leaveDays('2026-11-27', '2026-11-30')).toBe(4);
    expect(leaveDays('2024-02-28', '2024-03-01')).toBe(3);
    expect(leaveDays('2026-11-30', '2026-11-27')).toBe(0);
    expect(coversDay({ from: '2026-11-27', to: '2026-11-30' }, '2026-11-30')).toBe(true);
    expect(coversDay({ from: '2026-11-27', to: '2026-11-30' }, '2026-12-01')).toBe(false);
  });

  it('refuses a last day before the first and more than 366 days (edge included)', async () => {
    const form: LeaveFormModel = { from: '2026-01-01', to: '2026-01-01', kind: 'annual', note: '' };
    expect(await checkTo(form)).toBe('');
    form.to = '2025-12-31';
    expect(await checkTo(form)).toBe('leave.toBeforeFrom');
    form.to = '2027-01-01';
    expect(leaveDays(form.from, form.to)).toBe(LEAVE_MAX_DAYS);
    expect(await checkTo(form)).toBe('');
    form.to = '2027-01-02';
    expect(await checkTo(form)).toBe('leave.tooLong');
    form.to = '';
    expect(await checkTo(form)).toBe('validation.required');
  });
});
