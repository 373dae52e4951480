import type { FormRules } from 'element-plus';
import { violationKindValues } from '@/api/schema';
import type { VehicleViolationInput, ViolationKind } from '@/modules/fleet/api';
import { parseYuanToFen } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const VIOLATION_KINDS: readonly ViolationKind[] = violationKindValues;

/** The server's limits of a violation record (fleet/http/violation_routes.cpp). */
export const VIOLATION_LIMITS = { moneyMaxFen: 100_000 * 100, descriptionMax: 500 } as const;

/** Fields of the violation form whose server errors it shows, in order. */
export const VIOLATION_FORM_FIELDS = [
  'vehicleId',
  'driverStaffId',
  'kind',
  'occurredOn',
  'description',
  'fine',
  'compensation',
] as const;

/** What the violation form edits; amounts in yuan as typed, the date YYYY-MM-DD. */
export interface ViolationFormModel {
  vehicleId: number | undefined;
  driverStaffId: number | undefined;
  kind: ViolationKind;
  occurredOn: string;
  description: string;
  fine: string;
  compensation: string;
}

/** An empty form: a traffic violation of today, nothing chosen yet. */
export function emptyViolationForm(today: string): ViolationFormModel {
  return {
    vehicleId: undefined,
    driverStaffId: undefined,
    kind: 'traffic_violation',
    occurredOn: today,
    description: '',
    fine: '',
    compensation: '',
  };
}

/** The request body of a checked form: texts trimmed, amounts as the decimal yuan strings typed. */
export function violationInputOf(form: ViolationFormModel): VehicleViolationInput {
  return {
    vehicleId: form.vehicleId ?? 0,
    driverStaffId: form.driverStaffId ?? 0,
    kind: form.kind,
    occurredOn: form.occurredOn,
    description: form.description.trim(),
    fine: form.fine.trim(),
    compensation: form.compensation.trim(),
  };
}

/**
 * Why a typed yuan amount is refused (a validation reason key), or null when it is 0 to 100,000
 * yuan with at most two decimals, as the server's RequiredMoney reads it.
 */
export function yuanProblem(text: string): string | null {
  if (/^\s*\d+\.\d{3,}\s*$/.test(text)) return 'fraction_of_fen';
  const fen = parseYuanToFen(text);
  if (fen === null) return 'invalid_money';
  if (fen < 0) return 'must_not_be_negative';
  if (fen > VIOLATION_LIMITS.moneyMaxFen) return 'out_of_range';
  return null;
}

function moneyRule(t: Translate, extra?: (fen: number) => string | null): Validator {
  return (_rule, value, callback) => {
    const text = String(value ?? '').trim();
    if (!text) return callback();
    const problem = yuanProblem(text) ?? extra?.(parseYuanToFen(text) ?? 0) ?? null;
    if (problem) callback(new Error(t(`validation.${problem}`)));
    else callback();
  };
}

/**
 * Client-side rules of the violation form, as the server checks them (fleet/violation.cpp and its
 * routes): every field required, the day not after today, a description of at most 500 characters,
 * a cost and a compensation of 0 to 100,000 yuan with at most two decimals, the compensation not
 * above the cost. Messages are the server reasons' texts.
 */
export function violationFormRules(t: Translate, form: ViolationFormModel, today: string): FormRules {
  // Only a text is checked for blanks: async-validator treats a rule with `whitespace` as a string
  // rule and would refuse the chosen ids.
  const required = (trigger: 'change' | 'blur') => ({
    required: true,
    whitespace: true,
    message: t('validation.required'),
    trigger,
  });
  const chosen = { required: true, message: t('validation.required'), trigger: 'change' };
  return {
    vehicleId: [chosen],
    driverStaffId: [chosen],
    kind: [required('change')],
    occurredOn: [
      required('change'),
      {
        validator: ((_rule, value, callback) => {
          if (typeof value === 'string' && value > today) callback(new Error(t('validation.in_future')));
          else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    description: [
      required('blur'),
      {
        max: VIOLATION_LIMITS.descriptionMax,
        message: t('validation.client.maxLength', { n: VIOLATION_LIMITS.descriptionMax }),
        trigger: 'blur',
      },
    ],
    fine: [required('blur'), { validator: moneyRule(t), trigger: 'blur' }],
    compensation: [
      required('blur'),
      {
        validator: moneyRule(t, (fen) => {
          const fine = parseYuanToFen(form.fine.trim());
          return fine !== null && fen > fine ? 'above_fine' : null;
        }),
        trigger: 'blur',
      },
    ],
  };
}
