import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import {
  emptyProductForm,
  isSkillKey,
  parseProductSheet,
  problemsOfViolations,
  productFormRules,
  productInputOf,
  sheetKeyOf,
  type ProductFormModel,
} from './data';

const t = (key: string, values?: Record<string, unknown>): string =>
  values ? `${key} ${JSON.stringify(values)}` : key;

/** Runs one field's rules as el-form does; resolves with the first message, or '' when valid. */
async function check(form: ProductFormModel, field: keyof ProductFormModel): Promise<string> {
  const rules = productFormRules(t, () => form)[field];
  const list = (Array.isArray(rules) ? rules : rules ? [rules] : []) as RuleItem[];
  const value = form[field];
  for (const rule of list) {
    if (rule.required && (value === '' || value === null || (typeof value === 'string' && value.trim() === ''))) {
      return String(rule.message);
    }
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

function desk(): ProductFormModel {
  return {
    ...emptyProductForm(),
    model: 'QH-DK1608',
    name: '办公桌 1600×800',
    volumeL: '0.23',
    weightG: '45',
    installMinutesPerUnit: 30,
    installersNeeded: 2,
  };
}

describe('product form rules', () => {
  it('a valid desk passes every rule', async () => {
    const form = desk();
    for (const field of ['model', 'name', 'volumeL', 'weightG', 'installersNeeded', 'skill'] as const) {
      expect(await check(form, field), field).toBe('');
    }
  });

  it('volume and weight take at most three decimals within the server limits (edges included)', async () => {
    const form = desk();
    form.volumeL = '0.001';
    expect(await check(form, 'volumeL')).toBe('');
    form.volumeL = '50';
    expect(await check(form, 'volumeL')).toBe('');
    form.volumeL = '50.001';
    expect(await check(form, 'volumeL')).toContain('validation.out_of_range');
    form.volumeL = '0.0005';
    expect(await check(form, 'volumeL')).toContain('validation.client.invalidDecimal');
    form.volumeL = '0';
    expect(await check(form, 'volumeL')).toContain('validation.out_of_range');
    form.weightG = '5000';
    expect(await check(form, 'weightG')).toBe('');
    form.weightG = '5000.001';
    expect(await check(form, 'weightG')).toContain('validation.out_of_range');
    form.weightG = '';
    expect(await check(form, 'weightG')).toBe('validation.required');
  });

  it('install minutes and installers go together', async () => {
    const form = desk();
    form.installersNeeded = 0;
    expect(await check(form, 'installersNeeded')).toContain('catalog.form.installersForMinutes');
    form.installMinutesPerUnit = 0;
    expect(await check(form, 'installersNeeded')).toBe('');
    form.installersNeeded = 1;
    expect(await check(form, 'installersNeeded')).toContain('catalog.form.minutesForInstallers');
  });

  it('skills are lower-case keys; the model has a length limit', async () => {
    expect(isSkillKey('electric_desk')).toBe(true);
    expect(isSkillKey('Electric')).toBe(false);
    expect(isSkillKey('1desk')).toBe(false);
    const form = desk();
    form.skill = 'heavy lifting';
    expect(await check(form, 'skill')).toContain('catalog.form.skillPattern');
    form.model = 'x'.repeat(51);
    expect(await check(form, 'model')).toContain('validation.client.maxLength');
  });

  it('the request body is in litres and grams, trimmed, with no empty skill', () => {
    const body = productInputOf({ ...desk(), model: ' QH-DK1608 ', skill: ' ' });
    expect(body).toMatchObject({ model: 'QH-DK1608', volumeL: 230, weightG: 45000, skill: null, active: true });
  });
});

describe('product sheet import', () => {
  const header = [
    '型号 (model)',
    '名称 (name)',
    'series',
    '每套件数 (piecesPerUnit)',
    'volumeM3',
    'weightKg',
    'active',
  ];

  it('reads columns in any order by key or label and converts units', () => {
    const parsed = parseProductSheet(
      [
        header,
        ['QH-1', '桌', '启航', '3', '0.23', '45.5', '否'],
        ['', '', '', '', '', '', ''],
        ['QH-2', '椅', '', '1', '1', '9', ''],
      ],
      t,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rowNumbers).toEqual([2, 4]);
    expect(parsed.rows[0]).toEqual({
      model: 'QH-1',
      name: '桌',
      series: '启航',
      piecesPerUnit: 3,
      volumeL: 230,
      weightG: 45500,
      installMinutesPerUnit: 0,
      installersNeeded: 0,
      skill: null,
      active: false,
    });
    expect(parsed.rows[1]?.active).toBe(true);
    expect(sheetKeyOf('catalog.sheet.model', t)).toBe('model');
    expect(sheetKeyOf('颜色', t)).toBeNull();
  });

  it('names unreadable cells by sheet row and column, and missing columns', () => {
    const parsed = parseProductSheet([header, ['QH-1', '桌', '', '3 套', '0.2345', '45', '也许']], t);
    expect(parsed.problems).toEqual([
      { row: 2, column: 'piecesPerUnit', reason: 'validation.client.invalidInteger' },
      { row: 2, column: 'volumeM3', reason: 'validation.client.invalidDecimal' },
      { row: 2, column: 'active', reason: 'invalid_value' },
    ]);
    const missing = parseProductSheet([['model', 'name']], t);
    expect(missing.problems.map((p) => p.column)).toEqual(['piecesPerUnit', 'volumeM3', 'weightKg']);
    expect(parseProductSheet([], t).problems[0]?.reason).toBe('catalog.import.emptyFile');
    expect(parseProductSheet([header], t).problems[0]?.reason).toBe('catalog.import.noRows');
  });

  it('maps the server violations of rows to sheet rows and columns', () => {
    const problems = problemsOfViolations(
      [
        { field: 'rows[1].volumeL', reason: 'out_of_range' },
        { field: 'rows[2].model', reason: 'duplicate', detail: 'rows[0]' },
        { field: 'rows[3].model', reason: 'duplicate', detail: 'QH-DK1608' },
        { field: 'rows', reason: 'too_many_items' },
      ],
      [2, 3, 5, 6],
    );
    expect(problems).toEqual([
      { row: 3, column: 'volumeM3', reason: 'out_of_range' },
      { row: 5, column: 'model', reason: 'duplicate', detailRow: 2 },
      { row: 6, column: 'model', reason: 'duplicate', detail: 'QH-DK1608' },
      { row: null, column: '', reason: 'too_many_items' },
    ]);
  });
});
