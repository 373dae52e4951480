import { describe, expect, it } from 'vitest';
import { isOutside, isRealDate, toIsoDate } from './dates';

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
});
