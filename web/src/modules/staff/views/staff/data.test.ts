import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import { departFormRules, gradeAction, promoteMode } from './data';

const notYet = { nextGrade: 'technician' as const, eligible: false };
const ready = { nextGrade: 'technician' as const, eligible: true };
const head = { promote: true, endInternship: true };
const leadership = { promote: true, endInternship: false };

describe('the one grade action of a staff record', () => {
  it('an intern not yet eligible: the head ends the internship early, not 晋级 as well', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, notYet, head)).toBe('endInternship');
  });

  it('an eligible intern is promoted', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, ready, head)).toBe('promote');
  });

  it('leadership (no early end) promotes an intern, with an override when the rule is not met', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, notYet, leadership)).toBe('promote');
  });

  it('a technician not yet eligible still opens 晋级 (which explains and offers the request)', () => {
    const next = { nextGrade: 'supervisor' as const, eligible: false };
    expect(gradeAction({ grade: 'technician', status: 'active' }, next, head)).toBe('promote');
  });

  it('nothing for a leaver, the top grade, or without the permissions', () => {
    expect(gradeAction({ grade: 'intern', status: 'left' }, notYet, head)).toBeNull();
    expect(gradeAction({ grade: 'head', status: 'active' }, { nextGrade: null, eligible: false }, head)).toBeNull();
    const none = { promote: false, endInternship: false };
    expect(gradeAction({ grade: 'technician', status: 'active' }, ready, none)).toBeNull();
  });
});

describe('what the promotion dialog offers', () => {
  it('promote when met; override for leadership, request for others when not', () => {
    expect(promoteMode(ready, false)).toBe('promote');
    expect(promoteMode(notYet, true)).toBe('override');
    expect(promoteMode(notYet, false)).toBe('request');
    expect(promoteMode({ nextGrade: null, eligible: false }, true)).toBe('none');
    expect(promoteMode(null, true)).toBe('none');
  });
});

describe('the departure (离职) dialog', () => {
  const t = (key: string): string => key;

  async function checkLeftOn(value: string, hire: string, today: string): Promise<string> {
    for (const rule of departFormRules(t, () => hire, today).leftOn as RuleItem[]) {
      if (rule.required && !value) return String(rule.message);
      if (rule.validator) {
        const message = await new Promise<string>((resolve) => {
          void rule.validator?.(
            rule,
            value,
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

  it('takes a leaving date from the hire date to today, both included', async () => {
    expect(await checkLeftOn('2026-03-01', '2026-01-10', '2026-03-01')).toBe('');
    expect(await checkLeftOn('2026-01-10', '2026-01-10', '2026-03-01')).toBe('');
    expect(await checkLeftOn('2026-03-02', '2026-01-10', '2026-03-01')).toBe('validation.date_in_future');
    expect(await checkLeftOn('2026-01-09', '2026-01-10', '2026-03-01')).toBe('validation.before_hire_date');
    expect(await checkLeftOn('', '2026-01-10', '2026-03-01')).toBe('validation.required');
  });
});
