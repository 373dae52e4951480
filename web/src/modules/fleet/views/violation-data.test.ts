// R-VEH-3: the violation form's rules at the server's edges, and the request it sends.
import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import { emptyViolationForm, violationFormRules, violationInputOf, yuanProblem } from './violation-data';

const t = (key: string, values?: Record<string, unknown>): string =>
  values ? `${key}(${Object.values(values).join(',')})` : key;
const TODAY = '2026-11-27';

/** The first message `rules` give for `value` ('' when it passes), as Element Plus would run them. */
async function run(rules: unknown, value: unknown): Promise<string> {
  const list = (Array.isArray(rules) ? rules : [rules]) as RuleItem[];
  for (const rule of list) {
    if (rule.required && (value === '' || value === undefined || (typeof value === 'string' && value.trim() === '')))
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

describe('violation form', () => {
  it('requires every field', async () => {
    const rules = violationFormRules(t, emptyViolationForm(TODAY), TODAY);
    expect(await run(rules.vehicleId, undefined)).toBe('validation.required');
    expect(await run(rules.driverStaffId, undefined)).toBe('validation.required');
    expect(await run(rules.occurredOn, '')).toBe('validation.required');
    expect(await run(rules.description, '   ')).toBe('validation.required');
    expect(await run(rules.fine, '')).toBe('validation.required');
    expect(await run(rules.compensation, '')).toBe('validation.required');
    expect(await run(rules.vehicleId, 3)).toBe('');
    expect(await run(rules.driverStaffId, 7)).toBe('');
    expect(await run(rules.description, '右后视镜刮坏')).toBe('');
    // A `whitespace` rule is a string rule in async-validator: it would refuse a chosen id.
    for (const ids of [rules.vehicleId, rules.driverStaffId]) {
      expect(ids).not.toContainEqual(expect.objectContaining({ whitespace: true }));
    }
  });

  it('refuses a day after today (in_future) and a description over 500 characters', async () => {
    const rules = violationFormRules(t, emptyViolationForm(TODAY), TODAY);
    expect(await run(rules.occurredOn, TODAY)).toBe('');
    expect(await run(rules.occurredOn, '2026-11-28')).toBe('validation.in_future');
    expect(await run(rules.description, 'x'.repeat(500))).toBe('');
    expect(await run(rules.description, 'x'.repeat(501))).toBe('validation.client.maxLength(500)');
  });

  it('takes 0 to 100000 yuan with at most two decimals, a fraction of a fen refused', async () => {
    const rules = violationFormRules(t, emptyViolationForm(TODAY), TODAY);
    expect(await run(rules.fine, '0')).toBe('');
    expect(await run(rules.fine, '200.50')).toBe('');
    expect(await run(rules.fine, '100000')).toBe('');
    expect(await run(rules.fine, '100000.01')).toBe('validation.out_of_range');
    expect(await run(rules.fine, '10.005')).toBe('validation.fraction_of_fen');
    expect(await run(rules.fine, '-1')).toBe('validation.must_not_be_negative');
    expect(await run(rules.fine, '12元')).toBe('validation.invalid_money');
    expect(yuanProblem('0.01')).toBeNull();
    expect(yuanProblem('0.001')).toBe('fraction_of_fen');
  });

  it('refuses a compensation above the cost (above_fine), the cost as it is now', async () => {
    const form = { ...emptyViolationForm(TODAY), fine: '200.00' };
    const rules = violationFormRules(t, form, TODAY);
    expect(await run(rules.compensation, '200')).toBe('');
    expect(await run(rules.compensation, '0')).toBe('');
    expect(await run(rules.compensation, '200.01')).toBe('validation.above_fine');
    expect(await run(rules.compensation, '1.001')).toBe('validation.fraction_of_fen');
    form.fine = '500';
    expect(await run(rules.compensation, '200.01')).toBe('');
    // No valid cost yet: the cost's own rule speaks, the compensation is not compared.
    form.fine = '';
    expect(await run(rules.compensation, '50')).toBe('');
  });

  it('builds the request with trimmed texts and the amounts as typed', () => {
    const form = {
      ...emptyViolationForm(TODAY),
      vehicleId: 3,
      driverStaffId: 7,
      kind: 'damage' as const,
      occurredOn: '2026-11-25',
      description: '  倒车撞到护栏，后保险杠开裂 ',
      fine: ' 1200.50',
      compensation: '300 ',
    };
    expect(violationInputOf(form)).toEqual({
      vehicleId: 3,
      driverStaffId: 7,
      kind: 'damage',
      occurredOn: '2026-11-25',
      description: '倒车撞到护栏，后保险杠开裂',
      fine: '1200.50',
      compensation: '300',
    });
  });

  it('starts as a traffic violation of today with nothing chosen', () => {
    expect(emptyViolationForm(TODAY)).toMatchObject({
      vehicleId: undefined,
      driverStaffId: undefined,
      kind: 'traffic_violation',
      occurredOn: TODAY,
    });
  });
});
