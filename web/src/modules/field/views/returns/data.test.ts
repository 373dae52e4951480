// R-FLD-9: the repacking check (damaged needs a note and a photo) and the head's charge (an amount
// typed in yuan, sent as integer fen, 0.01 to 1,000,000.00 yuan, a reason).
import type { FormItemRule } from 'element-plus';
import { describe, expect, it } from 'vitest';
import {
  CHARGE_MAX_FEN,
  CHECK_NOTE_MAX,
  canBeCharged,
  chargeFen,
  chargeInputOf,
  chargeRules,
  checkInputOf,
  checkProblems,
  checkRules,
  crewOptions,
  defaultPeriod,
  emptyCheckForm,
  outcomeTag,
  type CheckForm,
} from './data';

const photo = { data: 'AAAA', contentType: 'image/jpeg' as const, thumb: 'data:image/jpeg;base64,AA' };
const t = (key: string) => key;

function run(rule: FormItemRule | undefined, value: unknown): Promise<string | undefined> {
  return new Promise((resolve) =>
    (rule?.validator as (r: unknown, v: unknown, cb: (e?: Error) => void) => void)(rule, value, (e) =>
      resolve(e?.message),
    ),
  );
}

describe('the repacking check form (R-FLD-9)', () => {
  it('takes intact goods with neither a note nor a photo', () => {
    expect(checkProblems(emptyCheckForm())).toEqual({});
  });

  it('refuses damaged goods without a note or without a photo', () => {
    const damaged: CheckForm = { outcome: 'damaged', note: '  ', photo: null };
    expect(checkProblems(damaged)).toEqual({ note: 'required', photo: 'required' });
    expect(checkProblems({ ...damaged, note: '桌板磕伤' })).toEqual({ photo: 'required' });
    expect(checkProblems({ ...damaged, photo })).toEqual({ note: 'required' });
    expect(checkProblems({ ...damaged, note: '桌板磕伤', photo })).toEqual({});
  });

  it('refuses a note longer than 500 characters, whatever the outcome', () => {
    expect(checkProblems({ outcome: 'intact', note: 'x'.repeat(CHECK_NOTE_MAX), photo: null })).toEqual({});
    expect(checkProblems({ outcome: 'intact', note: 'x'.repeat(CHECK_NOTE_MAX + 1), photo: null })).toEqual({
      note: 'too_long',
    });
  });

  it('shows the refusals on the note and the photo fields', async () => {
    const form: CheckForm = { outcome: 'damaged', note: '', photo: null };
    const rules = checkRules(t, form);
    expect(await run(rules.note?.[0], form.note)).toBe('field.returns.noteRequired');
    expect(await run(rules.photo?.[0], form.photo)).toBe('field.returns.photoRequired');
    form.outcome = 'intact';
    expect(await run(rules.note?.[0], form.note)).toBeUndefined();
    expect(await run(rules.photo?.[0], form.photo)).toBeUndefined();
  });

  it('sends the job as read, the note trimmed and the shrunk photo without its preview', () => {
    const job = { jobId: 7, jobVersion: 3 };
    expect(checkInputOf(job, emptyCheckForm())).toEqual({ jobId: 7, jobVersion: 3, outcome: 'intact' });
    expect(checkInputOf(job, { outcome: 'damaged', note: ' 磕伤 ', photo })).toEqual({
      jobId: 7,
      jobVersion: 3,
      outcome: 'damaged',
      note: '磕伤',
      photo: { contentType: 'image/jpeg', data: 'AAAA' },
    });
  });
});

describe('the charge form (R-FLD-9)', () => {
  it('turns yuan into integer fen at the edges', () => {
    expect(chargeFen('0.01')).toEqual({ fen: 1 });
    expect(chargeFen('1000000.00')).toEqual({ fen: CHARGE_MAX_FEN });
    expect(chargeFen('1,000,000.00')).toEqual({ fen: 100_000_000 });
    expect(chargeFen('19.99')).toEqual({ fen: 1999 });
    expect(chargeFen(' 35 ')).toEqual({ fen: 3500 });
  });

  it('refuses 0, more than 1,000,000.00 yuan, three decimals and what is not an amount', () => {
    expect(chargeFen('0')).toEqual({ problem: 'must_be_positive' });
    expect(chargeFen('0.00')).toEqual({ problem: 'must_be_positive' });
    expect(chargeFen('1000000.01')).toEqual({ problem: 'out_of_range' });
    expect(chargeFen('1,000,000.01')).toEqual({ problem: 'out_of_range' });
    expect(chargeFen('0.001')).toEqual({ problem: 'invalid' });
    expect(chargeFen('1.005')).toEqual({ problem: 'invalid' });
    expect(chargeFen('-5')).toEqual({ problem: 'must_be_positive' });
    expect(chargeFen('1,5')).toEqual({ problem: 'invalid' });
    expect(chargeFen('abc')).toEqual({ problem: 'invalid' });
  });

  it('shows why an amount, a person or a reason is refused', async () => {
    const rules = chargeRules(t);
    expect(await run(rules.amount?.[0], '')).toBe('field.returns.amountRequired');
    expect(await run(rules.amount?.[0], '0')).toBe('validation.must_be_positive');
    expect(await run(rules.amount?.[0], '1.234')).toBe('validation.client.invalidAmount');
    expect(await run(rules.amount?.[0], '1000000.01')).toBe('validation.client.outOfRange');
    expect(await run(rules.amount?.[0], '1000000.00')).toBeUndefined();
    expect(await run(rules.reason?.[0], '  ')).toBe('field.returns.reasonRequired');
    expect(await run(rules.reason?.[0], 'x'.repeat(201))).toBe('validation.client.maxLength');
    expect(await run(rules.reason?.[0], 'x'.repeat(200))).toBeUndefined();
    expect(rules.staffId?.[0]?.required).toBe(true);
  });

  it('sends the person, the amount in fen and the reason trimmed; nothing while the form is not valid', () => {
    expect(chargeInputOf({ staffId: 4, amount: '12.50', reason: ' 未加护角 ' })).toEqual({
      staffId: 4,
      amountFen: 1250,
      reason: '未加护角',
    });
    expect(chargeInputOf({ staffId: undefined, amount: '12.50', reason: 'x' })).toBeNull();
    expect(chargeInputOf({ staffId: 4, amount: '0', reason: 'x' })).toBeNull();
    expect(chargeInputOf({ staffId: 4, amount: '1', reason: ' ' })).toBeNull();
  });

  it('offers the crew lead first, and charges only a damaged check', () => {
    expect(
      crewOptions([
        { id: 3, name: '赵磊' },
        { id: 9, name: '钱勇' },
      ]),
    ).toEqual([
      { value: 3, label: '赵磊', lead: true },
      { value: 9, label: '钱勇', lead: false },
    ]);
    expect(canBeCharged({ outcome: 'damaged' })).toBe(true);
    expect(canBeCharged({ outcome: 'intact' })).toBe(false);
    expect(outcomeTag('damaged')).toBe('danger');
    expect(outcomeTag('intact')).toBe('success');
  });

  it('lists the last 30 days to today by default', () => {
    expect(defaultPeriod('2026-12-02')).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    expect(defaultPeriod('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});
