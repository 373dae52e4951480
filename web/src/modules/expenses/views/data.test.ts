import { describe, expect, it } from 'vitest';
import {
  chinaInstant,
  chinaTime,
  claimInputOf,
  emptyClaimForm,
  emptyLine,
  isClaimedAmount,
  lineInputOf,
  splitNames,
} from './data';

describe('claim form data (R-EXP-4, R-EXP-7)', () => {
  it('splits diners by commas, the enumeration comma and spaces', () => {
    expect(splitNames('张伟，李强、王磊 赵敏,')).toEqual(['张伟', '李强', '王磊', '赵敏']);
  });

  it('sends only the fields of the line kind (the server refuses the others as unknown)', () => {
    const meal = { ...emptyLine('meal', '2026-11-23'), claimed: '24.00', diners: '张伟 李强', dinerCount: 2 };
    expect(lineInputOf(meal)).toEqual({
      kind: 'meal',
      date: '2026-11-23',
      claimed: '24.00',
      receipt: true,
      meal: 'lunch',
      diners: ['张伟', '李强'],
      dinerCount: 2,
    });
    const lodging = { ...emptyLine('lodging', '2026-11-23'), claimed: '60', nights: 2, persons: 2 };
    expect(lineInputOf(lodging)).not.toHaveProperty('diners');
    expect(lineInputOf(lodging)).toMatchObject({ nights: 2, persons: 2, specialApproval: false });
  });

  it('accepts amounts above zero with at most two decimals, as the server does', () => {
    expect(isClaimedAmount('12.50')).toBe(true);
    expect(isClaimedAmount('12.345')).toBe(false);
    expect(isClaimedAmount('-5')).toBe(false);
    expect(isClaimedAmount('0')).toBe(false);
    expect(isClaimedAmount('abc')).toBe(false);
  });

  it('sends China wall-clock times with their offset and shows them back', () => {
    expect(chinaInstant('2026-11-23T07:30')).toBe('2026-11-23T07:30:00+08:00');
    expect(chinaTime('2026-11-22T23:30:00Z')).toBe('2026-11-23 07:30');
    const form = {
      ...emptyClaimForm(),
      divisionCode: '370323',
      departure: '2026-11-23T07:30',
      returnAt: '2026-11-24T18:30',
    };
    expect(claimInputOf(form)).toMatchObject({ divisionCode: '370323', returnAt: '2026-11-24T18:30:00+08:00' });
  });
});
