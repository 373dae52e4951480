import { describe, expect, it } from 'vitest';
import { isValidPhone } from './phone';

describe('phone rule (as the server checks it)', () => {
  it('accepts mobiles and landlines', () => {
    expect(isValidPhone('13905310001')).toBe(true);
    expect(isValidPhone('0531-88886666')).toBe(true);
    expect(isValidPhone('88886666')).toBe(true);
  });

  it('refuses the rest', () => {
    expect(isValidPhone('1390531000')).toBe(false);
    expect(isValidPhone('139053100012')).toBe(false);
    expect(isValidPhone('0531 8888')).toBe(false);
    expect(isValidPhone('-0531888')).toBe(false);
    expect(isValidPhone('123456')).toBe(false);
    expect(isValidPhone('')).toBe(false);
  });
});
