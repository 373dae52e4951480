import { describe, expect, it } from 'vitest';
import { addDays, isOutside, isRealDate, mondayOf, toIsoDate } from './dates';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-1-1')).toBe(false);
    expect(isRealDate('')).toBe(false);
  });

  it('formats a picker date and checks bounds inclusively', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(isOutside('2026-01-05', '2026-01-05', '2026-01-05')).toBe(false);
    expect(isOutside('2026-01-06', undefined, '2026-01-05')).toBe(true);
    expect(isOutside('2026-01-04', '2026-01-05', null)).toBe(true);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-01', 0)).toBe('2026-12-01');
  });

  it('finds the Monday of a week (Monday to Sunday)', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // a Friday, across the year
  });
});
