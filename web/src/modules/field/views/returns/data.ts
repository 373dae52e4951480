import type { FormItemRule } from 'element-plus';
import { addDays } from '@/utils/dates';
import { parseYuanToFen } from '@/utils/format';
import type { PreparedImage } from '../../offline/recorder';
import type {
  ChargeInput,
  CrewPerson,
  ReturnAwaiting,
  ReturnCheck,
  ReturnCheckInput,
  ReturnOutcome,
} from '../../returns-api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The longest note of a check and reason of a charge the server takes. */
export const CHECK_NOTE_MAX = 500;
export const CHARGE_REASON_MAX = 200;
/** The largest charge the server takes: 1,000,000.00 yuan, in fen. */
export const CHARGE_MAX_FEN = 100_000_000;
/** The pictures the server re-encodes (it refuses others); the browser shrinks them to JPEG first. */
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');
export const RETURN_OUTCOMES: readonly ReturnOutcome[] = ['intact', 'damaged'];

/** The fields of the check form the server's violations may name. */
export const CHECK_FORM_FIELDS = ['outcome', 'note', 'photo'] as const;
/** The fields of the charge form the server's violations may name (`amountFen` is the amount). */
export const CHARGE_FORM_FIELDS = ['staffId', 'amount', 'amountFen', 'reason'] as const;

/** The repacking check as the warehouse keeper fills it in (R-FLD-9). */
export interface CheckForm {
  outcome: ReturnOutcome;
  note: string;
  /** The photo shrunk in the browser (JPEG under the upload limit) with its preview. */
  photo: PreparedImage | null;
}

export function emptyCheckForm(): CheckForm {
  return { outcome: 'intact', note: '', photo: null };
}

/**
 * Why each field of a check is refused, as validation reason keys (`required`, `too_long`): a
 * damaged return needs a note and a photo; a note is at most 500 characters either way.
 */
export function checkProblems(form: CheckForm): { note?: string; photo?: string } {
  const problems: { note?: string; photo?: string } = {};
  const note = form.note.trim();
  if (note.length > CHECK_NOTE_MAX) problems.note = 'too_long';
  else if (form.outcome === 'damaged' && !note) problems.note = 'required';
  if (form.outcome === 'damaged' && !form.photo) problems.photo = 'required';
  return problems;
}

/** The check form's rules: the note and the photo, each as `checkProblems` says. */
export function checkRules(t: Translate, form: CheckForm): Record<string, FormItemRule[]> {
  const rule = (field: 'note' | 'photo'): FormItemRule => ({
    validator: (_rule, _value, callback) => {
      const problem = checkProblems(form)[field];
      if (!problem) return callback();
      callback(
        new Error(
          t(problem === 'too_long' ? 'validation.client.maxLength' : `field.returns.${field}Required`, {
            n: CHECK_NOTE_MAX,
          }),
        ),
      );
    },
    trigger: field === 'note' ? 'blur' : 'change',
  });
  return { note: [rule('note')], photo: [rule('photo')] };
}

/** The request body of a checked form for the job as read (its version: a changed job is 409). */
export function checkInputOf(job: Pick<ReturnAwaiting, 'jobId' | 'jobVersion'>, form: CheckForm): ReturnCheckInput {
  const input: ReturnCheckInput = { jobId: job.jobId, jobVersion: job.jobVersion, outcome: form.outcome };
  const note = form.note.trim();
  if (note) input.note = note;
  if (form.photo) input.photo = { contentType: form.photo.contentType, data: form.photo.data };
  return input;
}

/** A charge as the head fills it in: the amount in yuan as typed. */
export interface ChargeForm {
  staffId: number | undefined;
  amount: string;
  reason: string;
}

export function emptyChargeForm(staffId?: number): ChargeForm {
  return { staffId, amount: '', reason: '' };
}

/** Thousands grouped by commas ("1,000,000.00"); anything else with a comma is not an amount. */
const GROUPED = /^\s*\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*$/;

/**
 * A typed yuan amount as integer fen, or why it is refused: `invalid` (not an amount, or more than
 * two decimals), `must_be_positive` (0), `out_of_range` (above 1,000,000.00 yuan).
 */
export function chargeFen(
  text: string,
): { fen: number } | { problem: 'invalid' | 'must_be_positive' | 'out_of_range' } {
  const plain = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  const fen = parseYuanToFen(plain);
  if (fen === null) return { problem: 'invalid' };
  if (fen <= 0) return { problem: 'must_be_positive' };
  if (fen > CHARGE_MAX_FEN) return { problem: 'out_of_range' };
  return { fen };
}

/** The charge form's rules: a person, an amount of 0.01 to 1,000,000.00 yuan, a reason. */
export function chargeRules(t: Translate): Record<string, FormItemRule[]> {
  return {
    staffId: [{ required: true, message: t('field.returns.staffRequired'), trigger: 'change' }],
    amount: [
      {
        validator: (_rule, value: string, callback) => {
          const text = String(value ?? '').trim();
          if (!text) return callback(new Error(t('field.returns.amountRequired')));
          const result = chargeFen(text);
          if (!('problem' in result)) return callback();
          const messages = {
            invalid: t('validation.client.invalidAmount'),
            must_be_positive: t('validation.must_be_positive'),
            out_of_range: t('validation.client.outOfRange', { min: '0.01', max: '1,000,000.00' }),
          };
          callback(new Error(messages[result.problem]));
        },
        trigger: 'blur',
      },
    ],
    reason: [
      {
        validator: (_rule, value: string, callback) => {
          const text = String(value ?? '').trim();
          if (!text) callback(new Error(t('field.returns.reasonRequired')));
          else if (text.length > CHARGE_REASON_MAX)
            callback(new Error(t('validation.client.maxLength', { n: CHARGE_REASON_MAX })));
          else callback();
        },
        trigger: 'blur',
      },
    ],
  };
}

/** The request body of a checked charge form; null while the form is not valid. */
export function chargeInputOf(form: ChargeForm): ChargeInput | null {
  const amount = chargeFen(form.amount.trim());
  const reason = form.reason.trim();
  if (form.staffId === undefined || 'problem' in amount || !reason) return null;
  return { staffId: form.staffId, amountFen: amount.fen, reason };
}

/** The people a charge is first offered to: the crew that repacked the goods, lead first. */
export function crewOptions(crew: readonly CrewPerson[]): { value: number; label: string; lead: boolean }[] {
  return crew.map((person, index) => ({ value: person.id, label: person.name, lead: index === 0 }));
}

/** The names of a crew, lead first ('' when there is none). */
export function crewText(crew: readonly CrewPerson[]): string {
  return crew.map((p) => p.name).join('、');
}

/** The tag colour of an outcome: intact in green, damaged in red. */
export function outcomeTag(outcome: ReturnOutcome): 'success' | 'danger' {
  return outcome === 'damaged' ? 'danger' : 'success';
}

/** Whether a check may be charged: only a damaged one (the server refuses an intact one). */
export function canBeCharged(check: Pick<ReturnCheck, 'outcome'>): boolean {
  return check.outcome === 'damaged';
}

/** A period of the lists: the last 30 days to today (China), as the server defaults it. */
export interface Period {
  from: string;
  to: string;
}

export function defaultPeriod(today: string): Period {
  return { from: addDays(today, -29), to: today };
}
