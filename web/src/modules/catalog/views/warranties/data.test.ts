// R-FLD-4: the warranty of a product series is effective-dated; the form refuses what the server
// would (months 1–120, content required and at most 1000 characters, a day not before today).
import { describe, expect, it } from 'vitest';
import type { SeriesWarranty } from '@/modules/catalog/api';
import {
  emptyWarrantyForm,
  versionInForce,
  versionState,
  warrantyColumns,
  warrantyFormRules,
  warrantyInputOf,
  warrantyRows,
} from './data';

const TODAY = '2026-12-02';
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key);

function version(id: number, series: string, validFrom: string, months = 24): SeriesWarranty {
  return {
    id,
    series,
    validFrom,
    months,
    content: `${series} ${validFrom}`,
    reason: '',
    setByName: '孙敏',
    setAt: `${validFrom}T08:00:00Z`,
  };
}

/** Runs the rule of `field` on `value`; answers the message, or '' when accepted. */
function check(field: string, value: unknown, today = TODAY): string {
  const rule = warrantyFormRules(t, today)[field]?.[0];
  let message = '';
  rule?.validator?.(
    rule,
    value,
    (error?: string | Error) => {
      message = error instanceof Error ? error.message : '';
    },
    {},
    {},
  );
  return message;
}

describe('the warranty form rules', () => {
  it('takes 1 to 120 whole months, and nothing else', () => {
    expect(check('months', 0)).toBe('validation.client.outOfRange{"min":1,"max":120}');
    expect(check('months', 1)).toBe('');
    expect(check('months', 120)).toBe('');
    expect(check('months', 121)).toBe('validation.client.outOfRange{"min":1,"max":120}');
    expect(check('months', 12.5)).toBe('validation.client.outOfRange{"min":1,"max":120}');
    expect(check('months', null)).toBe('validation.required');
  });

  it('wants a content that is not blank, of at most 1000 characters', () => {
    expect(check('content', '')).toBe('validation.required');
    expect(check('content', '   ')).toBe('validation.required');
    expect(check('content', '保'.repeat(1000))).toBe('');
    expect(check('content', '保'.repeat(1001))).toBe('validation.client.maxLength{"n":1000}');
  });

  it('starts today or later in China, never yesterday', () => {
    expect(check('validFrom', '2026-12-01')).toBe('validation.client.dateBeforeMin{"date":"2026-12-02"}');
    expect(check('validFrom', TODAY)).toBe('');
    expect(check('validFrom', '2027-01-01')).toBe('');
    expect(check('validFrom', '')).toBe('validation.required');
    expect(check('validFrom', '2026-02-30')).toBe('validation.required');
  });

  it('leaves the reason optional, at most 200 characters', () => {
    expect(check('reason', '')).toBe('');
    expect(check('reason', '因'.repeat(200))).toBe('');
    expect(check('reason', '因'.repeat(201))).toBe('validation.client.maxLength{"n":200}');
  });

  it('sends the content trimmed and leaves an empty reason out', () => {
    const form = { ...emptyWarrantyForm('博特', TODAY), months: 36, content: ' 三年 \n', reason: '  ' };
    expect(warrantyInputOf(form)).toEqual({ series: '博特', validFrom: TODAY, months: 36, content: '三年' });
    expect(warrantyInputOf({ ...form, reason: ' 调整 ' }).reason).toBe('调整');
  });

  it('starts a new version from the one in force, from today', () => {
    const current = version(1, '博特', '2026-01-01', 36);
    expect(emptyWarrantyForm('博特', TODAY, current)).toEqual({
      series: '博特',
      validFrom: TODAY,
      months: 36,
      content: current.content,
      reason: '',
    });
    expect(emptyWarrantyForm('', TODAY).months).toBeNull();
  });
});

describe('the version in force', () => {
  const versions = [
    version(3, '博特', '2027-01-01', 48),
    version(2, '博特', '2026-06-01', 36),
    version(1, '博特', '2025-01-01', 24),
  ];

  it('is the newest that has started: a future version is not in force yet', () => {
    expect(versionInForce(versions, TODAY)?.id).toBe(2);
    expect(versionInForce([...versions].reverse(), TODAY)?.id).toBe(2);
    expect(versionInForce(versions, '2027-01-01')?.id).toBe(3);
    expect(versionInForce(versions, '2026-05-31')?.id).toBe(1);
    expect(versionInForce([version(3, '博特', '2027-01-01')], TODAY)).toBeNull();
  });

  it('takes effect on its first day', () => {
    expect(versionInForce(versions, '2026-06-01')?.id).toBe(2);
  });
});

describe('the rows of the warranty page', () => {
  it('lists every series of the catalogue, those without a warranty as not set', () => {
    const rows = warrantyRows(
      {
        series: ['百越', '博特', '长江'],
        items: [
          version(3, '博特', '2027-01-01', 48),
          version(2, '博特', '2026-06-01', 36),
          version(1, '博特', '2025-01-01', 24),
          version(4, '长江', '2027-03-01', 12),
        ],
      },
      TODAY,
    );
    expect(rows.map((r) => r.series)).toEqual(['百越', '博特', '长江']);
    const [baiyue, bote, changjiang] = rows;
    expect(baiyue?.current).toBeNull();
    expect(baiyue?.history).toEqual([]);
    expect(bote?.current?.id).toBe(2);
    expect(bote?.upcoming?.id).toBe(3);
    expect(bote?.history.map((v) => v.id)).toEqual([3, 2, 1]);
    expect(bote?.history.map((v) => versionState(bote, v, TODAY))).toEqual(['scheduled', 'inForce', 'superseded']);
    expect(changjiang?.current).toBeNull();
    expect(changjiang?.upcoming?.id).toBe(4);

    const months = warrantyColumns(t).find((c) => c.key === 'months');
    expect(months?.value?.(baiyue!)).toBe('catalog.warranties.unset');
    expect(months?.value?.(bote!)).toBe('catalog.warranties.monthsValue{"n":36}');
  });

  it('keeps the history of a series no longer in the catalogue, after the others', () => {
    const rows = warrantyRows({ series: ['博特'], items: [version(9, '旧系列', '2025-01-01')] }, TODAY);
    expect(rows.map((r) => [r.series, r.current?.id ?? null])).toEqual([
      ['博特', null],
      ['旧系列', 9],
    ]);
  });

  it('shows the next version of the nearest day when several are scheduled', () => {
    const rows = warrantyRows(
      { series: ['博特'], items: [version(5, '博特', '2027-06-01'), version(4, '博特', '2027-01-01')] },
      TODAY,
    );
    expect(rows[0]?.upcoming?.id).toBe(4);
  });
});
