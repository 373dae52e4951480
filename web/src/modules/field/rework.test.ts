import { describe, expect, it } from 'vitest';
import { crewNames, monthRange, ratePercent, reworkRules, timelinessTag } from './rework';

const t = (key: string) => key;

/** Runs the async-validator style rule of `field` on `value`; answers the message or ''. */
function check(field: 'problem' | 'committedDate', value: string, today = '2026-11-27'): string {
  const rule = reworkRules(t, today)[field]?.[0];
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

describe('the rework form (R-FLD-8)', () => {
  it('takes today as the promised date but not yesterday', () => {
    expect(check('committedDate', '2026-11-27')).toBe('');
    expect(check('committedDate', '2026-11-26')).toBe('field.rework.committedPast');
    expect(check('committedDate', '')).toBe('field.rework.committedRequired');
    expect(check('committedDate', '2026-02-30')).toBe('field.rework.committedRequired');
  });

  it('wants a problem that is not blank', () => {
    expect(check('problem', '  ')).toBe('field.rework.problemRequired');
    expect(check('problem', '桌面划痕')).toBe('');
  });
});

describe('the on-time report', () => {
  it('covers whole months, leap days included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('shows a rate as a percentage, and no rate as nothing rather than 100 %', () => {
    expect(ratePercent(0.5)).toBe('50%');
    expect(ratePercent(2 / 3)).toBe('67%');
    expect(ratePercent(null)).toBeNull();
  });

  it('marks late reworks red and on-time ones green', () => {
    expect(timelinessTag('late')).toBe('danger');
    expect(timelinessTag('on_time')).toBe('success');
    expect(timelinessTag('pending')).toBe('info');
  });
});

describe('the crew of a rework', () => {
  it('is named lead first, and is empty without a crew', () => {
    expect(
      crewNames({
        crew: [
          { id: 1, name: '李强' },
          { id: 2, name: '王磊' },
        ],
      }),
    ).toBe('李强、王磊');
    expect(crewNames({ crew: [] })).toBe('');
  });
});
