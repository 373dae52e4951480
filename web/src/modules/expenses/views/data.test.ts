import { describe, expect, it } from 'vitest';
import {
  chinaInstant,
  chinaTime,
  claimInputOf,
  emptyClaimForm,
  emptyLine,
  isClaimedAmount,
  lineFieldOfPath,
  lineInputOf,
  splitLineViolations,
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
      meal: 'lunch',
      diners: ['张伟', '李强'],
      dinerCount: 2,
    });
    const lodging = { ...emptyLine('lodging', '2026-11-23'), claimed: '60', nights: 2, persons: 2 };
    expect(lineInputOf(lodging)).not.toHaveProperty('diners');
    expect(lineInputOf(lodging)).toEqual({ kind: 'lodging', date: '2026-11-23', claimed: '60', nights: 2, persons: 2 });
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

describe('server violations on the line editors (R-EXP-7)', () => {
  const text = (v: { field: string; reason: string }) => v.reason;

  it('names the line and field of a new claim and of an added line', () => {
    expect(lineFieldOfPath('lines[2].claimed', false)).toEqual({ index: 2, field: 'claimed' });
    expect(lineFieldOfPath('lines[0].diners[1]', false)).toEqual({ index: 0, field: 'diners' });
    expect(lineFieldOfPath('line.claimed', true)).toEqual({ index: 0, field: 'claimed' });
    expect(lineFieldOfPath('date', true)).toEqual({ index: 0, field: 'date' });
    // A plain "date" of a new claim, another form's paths and unknown fields are not a line's.
    expect(lineFieldOfPath('date', false)).toBeNull();
    expect(lineFieldOfPath('line.claimed', false)).toBeNull();
    expect(lineFieldOfPath('lines[0].claimed', true)).toBeNull();
    expect(lineFieldOfPath('line.receipt', true)).toBeNull();
    expect(lineFieldOfPath('version', true)).toBeNull();
  });

  it('puts an added line’s violations on its fields and leaves the rest to the form', () => {
    const split = splitLineViolations(
      [
        { field: 'line.claimed', reason: 'invalid_value' },
        { field: 'date', reason: 'outside_trip' },
        { field: 'line.claimed', reason: 'required' },
        { field: 'version', reason: 'stale' },
      ],
      1,
      true,
      text,
    );
    expect(split.lines).toEqual([{ claimed: 'invalid_value；required', date: 'outside_trip' }]);
    expect(split.rest).toEqual([{ field: 'version', reason: 'stale' }]);
  });

  it('keeps a new claim’s violations on their own line and an unknown line for the form', () => {
    const split = splitLineViolations(
      [
        { field: 'lines[1].date', reason: 'outside_trip' },
        { field: 'lines[5].claimed', reason: 'required' },
      ],
      2,
      false,
      text,
    );
    expect(split.lines).toEqual([{}, { date: 'outside_trip' }]);
    expect(split.rest).toEqual([{ field: 'lines[5].claimed', reason: 'required' }]);
  });
});
