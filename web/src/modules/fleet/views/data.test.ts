import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import { emptyVehicleForm, normalizePlate, vehicleFormRules, vehicleInputOf } from './data';

const t = (key: string): string => key;

async function run(rules: unknown, value: unknown): Promise<string> {
  const list = (Array.isArray(rules) ? rules : [rules]) as RuleItem[];
  for (const rule of list) {
    if (rule.required && (value === '' || (typeof value === 'string' && value.trim() === '')))
      return String(rule.message);
    if (rule.max !== undefined && typeof value === 'string' && value.length > rule.max) return String(rule.message);
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

describe('plates', () => {
  it('are written the way the server stores them', () => {
    expect(normalizePlate('鲁A·12345')).toBe('鲁A·12345');
    expect(normalizePlate('鲁a 3k721')).toBe('鲁A·3K721');
    expect(normalizePlate('鲁A-3K721')).toBe('鲁A·3K721');
    expect(normalizePlate('鲁AD62718')).toBe('鲁A·D62718');
    expect(normalizePlate('鲁A·1234X挂')).toBe('鲁A·1234X挂');
  });

  it('refuses what is not a mainland plate (the server does too)', () => {
    for (const bad of ['', '鲁', '鲁A·1234', '鲁A·1234567', '港A·12345', '鲁1·12345', '鲁I·12345', '鲁A·12O45']) {
      expect(normalizePlate(bad), bad).toBeNull();
    }
  });
});

describe('vehicle form', () => {
  it('checks the plate and the cargo space at the server limits', async () => {
    const rules = vehicleFormRules(t);
    expect(await run(rules.plate, '')).toBe('validation.required');
    expect(await run(rules.plate, '沪')).toBe('fleet.form.plateFormat');
    expect(await run(rules.plate, '鲁a12345')).toBe('');
    expect(await run(rules.volumeM3, 0.001)).toBe('');
    expect(await run(rules.volumeM3, 100)).toBe('');
    expect(await run(rules.volumeM3, 100.001)).toBe('validation.out_of_range');
    expect(await run(rules.volumeM3, 0)).toBe('validation.out_of_range');
    expect(await run(rules.model, 'x'.repeat(51))).toBe('validation.client.maxLength');
  });

  it('sends the canonical plate and whole litres', () => {
    expect(vehicleInputOf({ ...emptyVehicleForm(), plate: '鲁a 3k721', model: ' 江铃 ', volumeM3: 10.5 })).toEqual({
      plate: '鲁A·3K721',
      model: '江铃',
      volumeL: 10500,
      payloadKg: 1500,
      seats: 3,
      status: 'in_service',
      driverStaffId: null,
    });
  });
});
