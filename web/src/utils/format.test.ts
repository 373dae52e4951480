import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFen,
  formatMinuteOfDay,
  formatTimestamp,
  parseMinuteOfDay,
  parseWholeNumber,
  parseYuanToFen,
  todayInShanghai,
} from './format';

describe('money (fen ↔ yuan)', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatFen(1000)).toBe('10.00');
    expect(formatFen(1050)).toBe('10.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(-5)).toBe('-0.05');
    expect(formatFen(3500)).toBe('35.00');
  });

  it('parses yuan into integer fen without floating-point drift', () => {
    expect(parseYuanToFen('10')).toBe(1000);
    expect(parseYuanToFen('10.5')).toBe(1050);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('1.10')).toBe(110);
    expect(parseYuanToFen(' 35.00 ')).toBe(3500);
    expect(parseYuanToFen('19.99')).toBe(1999);
  });

  it('rejects malformed amounts', () => {
    expect(parseYuanToFen('')).toBeNull();
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
    expect(parseYuanToFen('1,5')).toBeNull();
  });

  it('round-trips', () => {
    for (const fen of [0, 1, 99, 100, 1234, 999999]) expect(parseYuanToFen(formatFen(fen))).toBe(fen);
  });
});

describe('minute of day', () => {
  it('formats as HH:MM', () => {
    expect(formatMinuteOfDay(660)).toBe('11:00');
    expect(formatMinuteOfDay(0)).toBe('00:00');
    expect(formatMinuteOfDay(1439)).toBe('23:59');
    expect(formatMinuteOfDay(725)).toBe('12:05');
    expect(formatMinuteOfDay(1440)).toBe('');
  });

  it('parses HH:MM', () => {
    expect(parseMinuteOfDay('11:00')).toBe(660);
    expect(parseMinuteOfDay('9:30')).toBe(570);
    expect(parseMinuteOfDay('24:00')).toBeNull();
    expect(parseMinuteOfDay('11:60')).toBeNull();
    expect(parseMinuteOfDay('1100')).toBeNull();
  });
});

describe('whole numbers', () => {
  it('accepts digits only', () => {
    expect(parseWholeNumber('3')).toBe(3);
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('1.5')).toBeNull();
    expect(parseWholeNumber('-1')).toBeNull();
  });
});

describe('dates and timestamps', () => {
  it('shows dates as YYYY-MM-DD', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDate(null)).toBe('');
  });

  it('shows UTC timestamps in Asia/Shanghai', () => {
    expect(formatTimestamp('2026-01-31T16:30:00Z')).toBe('2026-02-01 00:30:00');
    expect(formatTimestamp('2026-06-01T02:03:04Z')).toBe('2026-06-01 10:03:04');
  });

  it('computes today in Shanghai', () => {
    expect(todayInShanghai(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});
