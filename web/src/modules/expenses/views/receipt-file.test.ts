import { describe, expect, it } from 'vitest';
import { MAX_RECEIPT_BYTES, fitWithin, receiptProblem, shouldShrink } from './receipt-file';

describe('receipt files (R-EXP-4/5)', () => {
  it('accepts JPEG, PNG and PDF up to the server limit, and names the problem otherwise', () => {
    expect(receiptProblem('image/jpeg', 1)).toBeNull();
    expect(receiptProblem('application/pdf', MAX_RECEIPT_BYTES)).toBeNull();
    expect(receiptProblem('application/pdf', MAX_RECEIPT_BYTES + 1)).toBe('too_large');
    expect(receiptProblem('image/gif', 10)).toBe('unsupported_type');
    expect(receiptProblem('image/png', 0)).toBe('required');
  });

  it('scales the longest side down to the limit, keeping the proportions, never up', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('shrinks large photos only; PDFs go as they are', () => {
    expect(shouldShrink('image/jpeg', 3_000_000)).toBe(true);
    expect(shouldShrink('image/png', MAX_RECEIPT_BYTES / 2 + 1)).toBe(true);
    expect(shouldShrink('image/jpeg', 200_000)).toBe(false);
    expect(shouldShrink('application/pdf', 3_000_000)).toBe(false);
  });
});
