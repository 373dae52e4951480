import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import type { Site } from '@/modules/customers/api';
import {
  customerFormRules,
  emptySiteForm,
  formatPoint,
  mainContactOf,
  siteFormOf,
  siteFormRules,
  siteInputOf,
  type SiteFormModel,
} from './data';

const t = (key: string, values?: Record<string, unknown>): string =>
  values ? `${key} ${JSON.stringify(values)}` : key;

async function run(rules: RuleItem | RuleItem[] | undefined, value: unknown): Promise<string> {
  const list = Array.isArray(rules) ? rules : rules ? [rules] : [];
  for (const rule of list) {
    const empty = value === '' || value === undefined || (Array.isArray(value) && value.length === 0);
    if (rule.required && (empty || (typeof value === 'string' && value.trim() === ''))) return String(rule.message);
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

const site: Site = {
  id: 7,
  customerId: 3,
  dealerId: null,
  divisionCode: '370102',
  divisionName: '山东省 济南市 历下区',
  placeClass: 'prefecture_level',
  local: true,
  street: '经十路 7000 号',
  latE6: 36665120,
  lngE6: 117125930,
  approximate: false,
  floor: 18,
  hasLift: true,
  accessNotes: '货梯限重 1.6 吨',
  version: 2,
};

describe('customer form rules', () => {
  it('needs a kind and a name of at most 100 characters; a phone must be valid when given', async () => {
    const rules = customerFormRules(t);
    expect(await run(rules.name as RuleItem[], '  ')).toBe('validation.required');
    expect(await run(rules.name as RuleItem[], 'x'.repeat(100))).toBe('');
    expect(await run(rules.name as RuleItem[], 'x'.repeat(101))).toContain('validation.client.maxLength');
    expect(await run(rules.phone as RuleItem[], '')).toBe('');
    expect(await run(rules.phone as RuleItem[], '0531-86091234')).toBe('');
    expect(await run(rules.phone as RuleItem[], '12345')).toBe('validation.invalid_phone');
  });

  it('shows the first contact in the list', () => {
    expect(
      mainContactOf({
        id: 1,
        kind: 'company',
        name: 'x',
        phone: null,
        notes: '',
        version: 1,
        contacts: [{ id: 1, name: '孙晓东', phone: '13805311201', title: '' }],
      }),
    ).toBe('孙晓东 13805311201');
  });
});

describe('site form', () => {
  it('needs a division and a street', async () => {
    const form = emptySiteForm();
    const rules = siteFormRules(t, () => form);
    expect(await run(rules.divisionCode as RuleItem[], '')).toBe('validation.required');
    expect(await run(rules.divisionCode as RuleItem[], '370102')).toBe('');
    expect(await run(rules.street as RuleItem[], ' ')).toBe('validation.required');
    expect(await run(rules.street as RuleItem[], 'x'.repeat(201))).toContain('validation.client.maxLength');
  });

  it('takes both coordinates or none, inside China, with at most six decimals (edges included)', async () => {
    const form: SiteFormModel = { ...emptySiteForm(), latitude: '36.66512', longitude: '' };
    const rules = siteFormRules(t, () => form);
    expect(await run(rules.latitude as RuleItem[], form.latitude)).toBe('');
    expect(await run(rules.longitude as RuleItem[], '')).toBe('customers.sites.form.bothCoordinates');
    expect(await run(rules.latitude as RuleItem[], '3')).toBe('');
    expect(await run(rules.latitude as RuleItem[], '54')).toBe('');
    expect(await run(rules.latitude as RuleItem[], '54.000001')).toBe('customers.sites.form.outsideChina');
    expect(await run(rules.latitude as RuleItem[], '2.999999')).toBe('customers.sites.form.outsideChina');
    expect(await run(rules.longitude as RuleItem[], '136.0000001')).toContain('validation.client.invalidDecimal');
    form.latitude = '';
    expect(await run(rules.longitude as RuleItem[], '')).toBe('');
  });

  it('sends the division chosen, millionths of a degree, and null for what is not known', () => {
    const body = siteInputOf(
      {
        ...emptySiteForm(),
        divisionCode: '370102',
        street: ' 经十路 7000 号 ',
        latitude: '36.66512',
        longitude: '117.12593',
      },
      { customerId: 3 },
    );
    expect(body).toEqual({
      customerId: 3,
      divisionCode: '370102',
      street: '经十路 7000 号',
      latE6: 36665120,
      lngE6: 117125930,
      floor: null,
      hasLift: null,
      accessNotes: null,
    });
  });

  it('leaves an approximate point empty, so saving keeps the seat', () => {
    const exact = siteFormOf(site);
    expect(exact).toMatchObject({
      divisionCode: '370102',
      latitude: '36.66512',
      longitude: '117.12593',
      hasLift: 'yes',
      floor: 18,
    });
    const approximate = siteFormOf({ ...site, approximate: true, hasLift: null, floor: null });
    expect(approximate).toMatchObject({ latitude: '', longitude: '', hasLift: '', floor: undefined });
    expect(formatPoint(site)).toBe('36.66512, 117.12593');
  });
});
