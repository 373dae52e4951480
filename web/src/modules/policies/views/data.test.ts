import { describe, expect, it } from 'vitest';
import type { PolicyValue } from '@/modules/policies/api';
import {
  formatPolicyValue,
  groupPolicies,
  isFarFromCurrent,
  parsePolicyInput,
  policyRange,
  policyWarnings,
} from './data';

function value(id: number, key: string, v: number, unit: PolicyValue['unit'], validFrom: string): PolicyValue {
  return { id, key, value: v, unit, validFrom, setBy: 'system', reason: 'r', owner: 'system', min: 0, max: 1000 };
}

describe('policy value display units', () => {
  it('shows fen as yuan, minute_of_day as HH:MM, months and persons as integers', () => {
    expect(formatPolicyValue(3500, 'fen')).toBe('35.00');
    expect(formatPolicyValue(660, 'minute_of_day')).toBe('11:00');
    expect(formatPolicyValue(12, 'months')).toBe('12');
    expect(formatPolicyValue(4, 'persons')).toBe('4');
  });

  it('parses input in the display unit back to the stored integer', () => {
    expect(parsePolicyInput('12.5', 'fen')).toBe(1250);
    expect(parsePolicyInput('-1', 'fen')).toBeNull();
    expect(parsePolicyInput('10:30', 'minute_of_day')).toBe(630);
    expect(parsePolicyInput('3', 'months')).toBe(3);
    expect(parsePolicyInput('2.5', 'persons')).toBeNull();
  });
});

describe('groupPolicies', () => {
  it('groups by key, newest first, and finds the value in force', () => {
    const groups = groupPolicies(
      [
        value(1, 'b.lunch_fen', 1000, 'fen', '2000-01-01'),
        value(2, 'b.lunch_fen', 1200, 'fen', '2026-01-01'),
        value(3, 'b.lunch_fen', 1500, 'fen', '2030-01-01'),
        value(4, 'a.months', 3, 'months', '2000-01-01'),
      ],
      '2026-06-01',
    );
    expect(groups.map((g) => g.key)).toEqual(['a.months', 'b.lunch_fen']);
    expect(groups[1]?.history.map((h) => h.id)).toEqual([3, 2, 1]);
    expect(groups[1]?.current?.id).toBe(2);
    expect(groups[1]?.upcoming?.id).toBe(3);
    expect(groups[0]?.upcoming).toBeNull();
  });
});

describe('policy warnings and range', () => {
  const group = (current: number | null, unit: PolicyValue['unit']) => ({
    unit,
    current: current === null ? null : value(1, 'k', current, unit, '2000-01-01'),
  });

  it('a value twice or half the one in force, or a time two hours away, is far', () => {
    expect(isFarFromCurrent(2000, 1000, 'fen')).toBe(true);
    expect(isFarFromCurrent(1999, 1000, 'fen')).toBe(false);
    expect(isFarFromCurrent(500, 1000, 'fen')).toBe(true);
    expect(isFarFromCurrent(501, 1000, 'fen')).toBe(false);
    expect(isFarFromCurrent(780, 660, 'minute_of_day')).toBe(true);
    expect(isFarFromCurrent(719, 660, 'minute_of_day')).toBe(false);
    expect(isFarFromCurrent(5, 0, 'persons')).toBe(false);
    expect(isFarFromCurrent(5, null, 'persons')).toBe(false);
  });

  it('warns of a far value and of a date in the past, together', () => {
    expect(policyWarnings(group(1000, 'fen'), 10000, '2026-01-01', '2026-02-01')).toEqual(['far', 'past']);
    expect(policyWarnings(group(1000, 'fen'), 1100, '2026-02-01', '2026-02-01')).toEqual([]);
    expect(policyWarnings(group(4, 'persons'), 4, '2026-03-01', '2026-02-01')).toEqual([]);
  });

  it('the range comes with the values', () => {
    expect(policyRange({ history: [value(1, 'k', 5, 'persons', '2000-01-01')] })).toEqual({ min: 0, max: 1000 });
    expect(policyRange({ history: [] })).toBeNull();
  });
});
