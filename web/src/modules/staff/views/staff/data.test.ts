import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import {
  MAX_SKILLS,
  departFormRules,
  gradeAction,
  normalizeSkill,
  promoteMode,
  skillsProblem,
  staffFormRules,
} from './data';

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

describe('the skills of a staff member (R-DSP-4)', () => {
  const t = (key: string, values?: Record<string, unknown>): string =>
    values ? `${key} ${JSON.stringify(values)}` : key;

  async function checkSkills(skills: string[]): Promise<string> {
    const [rule] = staffFormRules(t).skills as RuleItem[];
    return new Promise<string>((resolve) => {
      void rule?.validator?.(
        rule,
        skills,
        (error?: string | Error) => resolve(error instanceof Error ? error.message : (error ?? '')),
        {},
        {},
      );
    });
  }

  it('takes skill keys as products use them: a lower-case letter, then letters, digits or _', async () => {
    expect(await checkSkills([])).toBe('');
    expect(await checkSkills(['electric_desk', 'a1', 'x'])).toBe('');
    for (const bad of ['Electric', '1desk', 'electric desk', '电动', 'desk-2', '', 'a'.repeat(51)]) {
      expect(await checkSkills(['electric_desk', bad]), bad).toContain('staff.form.skillPattern');
    }
  });

  it('refuses a skill twice and more than the server allows', async () => {
    expect(await checkSkills(['electric_desk', 'glass', 'electric_desk'])).toBe(
      'staff.form.skillDuplicate {"skill":"electric_desk"}',
    );
    const many = Array.from({ length: MAX_SKILLS + 1 }, (_, i) => `skill_${i}`);
    expect(await checkSkills(many.slice(0, MAX_SKILLS))).toBe('');
    expect(await checkSkills(many)).toBe(`staff.form.skillsTooMany {"n":${MAX_SKILLS}}`);
  });

  it('names the first problem', () => {
    expect(skillsProblem(['ok', 'Bad', 'ok'])).toEqual({ reason: 'pattern', skill: 'Bad' });
    expect(skillsProblem(['ok', 'ok'])).toEqual({ reason: 'duplicate', skill: 'ok' });
    expect(skillsProblem(['ok'])).toBeNull();
  });

  it('keeps a typed tag as a key: trimmed, lower case, spaces and hyphens as _', () => {
    expect(normalizeSkill(' Electric Desk ')).toBe('electric_desk');
    expect(normalizeSkill('glass-top')).toBe('glass_top');
    expect(normalizeSkill('电动')).toBe('电动');
  });
});
