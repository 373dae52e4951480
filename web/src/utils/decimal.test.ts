import { describe, expect, it } from 'vitest';
import { formatScaled, parseScaled } from './decimal';

describe('parseScaled', () => {
  it('scales without floating point', () => {
    expect(parseScaled('0.23', 3)).toBe(230);
    expect(parseScaled('1', 3)).toBe(1000);
    expect(parseScaled(' 12.5 ', 3)).toBe(12500);
    expect(parseScaled('.5', 3)).toBe(500);
    expect(parseScaled('5.', 3)).toBe(5000);
    expect(parseScaled('36.665120', 6)).toBe(36665120);
    expect(parseScaled('-0.001', 3)).toBe(-1);
    expect(parseScaled('1.2300', 2)).toBe(123);
  });

  it('refuses more places than the unit has, and anything that is not a number', () => {
    expect(parseScaled('0.0005', 3)).toBeNull();
    expect(parseScaled('', 3)).toBeNull();
    expect(parseScaled('.', 3)).toBeNull();
    expect(parseScaled('1,5', 3)).toBeNull();
    expect(parseScaled('1e3', 3)).toBeNull();
    expect(parseScaled('abc', 3)).toBeNull();
    expect(parseScaled('99999999999999999', 3)).toBeNull();
  });
});

describe('formatScaled', () => {
  it('drops trailing zeros and keeps the sign', () => {
    expect(formatScaled(230, 3)).toBe('0.23');
    expect(formatScaled(1000, 3)).toBe('1');
    expect(formatScaled(1, 3)).toBe('0.001');
    expect(formatScaled(-36665120, 6)).toBe('-36.66512');
    expect(formatScaled(0, 3)).toBe('0');
    expect(formatScaled(null, 3)).toBe('');
  });

  it('round-trips with parseScaled', () => {
    for (const value of [0, 1, 9, 10, 230, 45000, 5_000_000, 117125930]) {
      expect(parseScaled(formatScaled(value, 3), 3)).toBe(value);
    }
  });
});
