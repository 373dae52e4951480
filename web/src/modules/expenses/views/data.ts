import type { FormRules } from 'element-plus';
import { claimStatusValues, fareClassValues, mealValues } from '@/api/schema';
import type { FieldViolation } from '@/api/api-error';
import type { ListColumn } from '@/components/data-list';
import type {
  Claim,
  ClaimLine,
  ClaimLineInput,
  ClaimLineKind,
  ClaimStatus,
  FareClass,
  Meal,
  NewClaim,
} from '@/modules/expenses/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const CLAIM_STATUSES: readonly ClaimStatus[] = claimStatusValues;
export const FARE_CLASSES: readonly FareClass[] = fareClassValues;
export const MEALS: readonly Meal[] = mealValues;
/** The kinds a claimant may enter (phone costs are refused by the server, R-EXP-6, but may be sent). */
export const LINE_KINDS: readonly ClaimLineKind[] = ['fare', 'meal', 'lodging', 'phone'];

/** Whether a URL value is a claim status (for the list's filter). */
export const isClaimStatus = (value: string): value is ClaimStatus =>
  (CLAIM_STATUSES as readonly string[]).includes(value);

/** The claim list's filters, as the URL carries them ('' = any). */
export interface ClaimFilters {
  [key: string]: string;
  status: ClaimStatus | '';
}

/** Element Plus tag type per status. */
export function statusTagType(status: ClaimStatus): 'info' | 'warning' | 'success' | 'danger' {
  if (status === 'submitted') return 'warning';
  if (status === 'head_approved') return 'info';
  return status === 'paid' ? 'success' : 'danger';
}

/** China wall-clock time "YYYY-MM-DD HH:mm" of an ISO instant. */
export function chinaTime(iso: string): string {
  const at = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}

/** The claim list's columns (table, phone cards and export). */
export function claimColumns(t: Translate): ListColumn<Claim>[] {
  return [
    { key: 'id', label: t('expenses.fields.number'), minWidth: 90, card: 'title', value: (row) => claimNumber(row) },
    { key: 'claimantName', label: t('expenses.fields.claimant'), minWidth: 90 },
    { key: 'divisionName', label: t('expenses.fields.destination'), minWidth: 120 },
    {
      key: 'departure',
      label: t('expenses.fields.departure'),
      minWidth: 140,
      value: (row) => chinaTime(row.departure),
    },
    {
      key: 'status',
      label: t('expenses.fields.status'),
      minWidth: 110,
      value: (row) => t(`enums.claimStatus.${row.status}`),
    },
    {
      key: 'totalClaimed',
      label: t('expenses.fields.claimed'),
      minWidth: 100,
      align: 'right',
      export: { kind: 'number', value: (row) => Number(row.totalClaimed) },
    },
    {
      key: 'totalAllowed',
      label: t('expenses.fields.allowed'),
      minWidth: 100,
      align: 'right',
      export: { kind: 'number', value: (row) => Number(row.totalAllowed) },
    },
  ];
}

/** "BX-000012", as the claim form prints it. */
export function claimNumber(claim: Pick<Claim, 'id'>): string {
  return `BX-${String(claim.id).padStart(6, '0')}`;
}

/** What a line is, in words: "Meal (lunch)", "Fare (taxi)". */
export function lineTitle(t: Translate, line: ClaimLine): string {
  const kind = t(`enums.claimLineKind.${line.kind}`);
  if (line.kind === 'meal' && line.meal) return `${kind} · ${t(`enums.meal.${line.meal}`)}`;
  if (line.kind === 'fare' && line.fareClass) return `${kind} · ${t(`enums.fareClass.${line.fareClass}`)}`;
  return kind;
}

/** The facts of a line in words: diners, nights × persons. */
export function lineDetail(t: Translate, line: ClaimLine): string {
  if (line.kind === 'meal')
    return t('expenses.line.diners', { n: line.dinerCount ?? 0, names: (line.diners ?? []).join('、') });
  if (line.kind === 'lodging')
    return t('expenses.line.nights', { nights: line.nights ?? 1, persons: line.persons ?? 1 });
  return '';
}

/** One line of the claim form, as typed. */
export interface LineFormModel {
  kind: ClaimLineKind;
  date: string;
  claimed: string;
  note: string;
  fareClass: FareClass;
  meal: Meal;
  diners: string;
  dinerCount: number;
  nights: number;
  persons: number;
}

/** What the claim form edits; times are China wall-clock "YYYY-MM-DDTHH:mm". */
export interface ClaimFormModel {
  /** The trip log's number, when the trip has one (its times then decide the meals). */
  tripLogId: string;
  divisionCode: string;
  departure: string;
  returnAt: string;
  purpose: string;
  lines: LineFormModel[];
}

/** Fields of the claim form whose server violations show next to them (a line's show on its editor). */
export const CLAIM_FORM_FIELDS = ['tripLogId', 'divisionCode', 'departure', 'returnAt', 'purpose'] as const;

/** A new line of `kind` on `date`. */
export function emptyLine(kind: ClaimLineKind = 'meal', date = ''): LineFormModel {
  return {
    kind,
    date,
    claimed: '',
    note: '',
    fareClass: 'bus',
    meal: 'lunch',
    diners: '',
    dinerCount: 1,
    nights: 1,
    persons: 1,
  };
}

/** An empty claim form. */
export function emptyClaimForm(): ClaimFormModel {
  return { tripLogId: '', divisionCode: '', departure: '', returnAt: '', purpose: '', lines: [emptyLine()] };
}

/** Diners' names as typed ("张伟，李强" or "张伟 李强"), one per entry. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/u)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** A wall-clock time in China as the API's RFC 3339 instant. */
export function chinaInstant(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

/** The request body of one line: only its kind's fields. */
export function lineInputOf(line: LineFormModel): ClaimLineInput {
  const base: ClaimLineInput = {
    kind: line.kind,
    date: line.date,
    claimed: line.claimed.trim(),
  };
  if (line.note.trim()) base.note = line.note.trim();
  if (line.kind === 'fare') return { ...base, fareClass: line.fareClass };
  if (line.kind === 'meal')
    return { ...base, meal: line.meal, diners: splitNames(line.diners), dinerCount: line.dinerCount };
  if (line.kind === 'lodging') {
    return { ...base, nights: line.nights, persons: line.persons };
  }
  return base;
}

/** The request body of a checked claim form. */
export function claimInputOf(form: ClaimFormModel): NewClaim {
  const body: NewClaim = { divisionCode: form.divisionCode, lines: form.lines.map(lineInputOf) };
  const tripLog = form.tripLogId.trim();
  if (/^\d+$/.test(tripLog)) body.tripLogId = Number(tripLog);
  else {
    body.departure = chinaInstant(form.departure);
    body.returnAt = chinaInstant(form.returnAt);
  }
  if (form.purpose.trim()) body.purpose = form.purpose.trim();
  return body;
}

/** Yuan with at most two decimals, more than zero (the server's RequiredMoney and its > 0 rule). */
export const YUAN_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;

/** Whether `text` is an amount the server accepts for a line. */
export function isClaimedAmount(text: string): boolean {
  return YUAN_PATTERN.test(text.trim()) && Number(text) > 0;
}

/** Client-side rules of the claim form's trip fields (lines are checked by `lineErrors`). */
export function claimFormRules(t: Translate, form: ClaimFormModel): FormRules {
  // With a trip log the server takes the log's times.
  const timesRequired = form.tripLogId.trim() === '';
  return {
    tripLogId: [{ pattern: /^\d*$/, message: t('validation.invalid_value'), trigger: 'blur' }],
    divisionCode: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    departure: [{ required: timesRequired, message: t('validation.required'), trigger: 'change' }],
    returnAt: [
      { required: timesRequired, message: t('validation.required'), trigger: 'change' },
      {
        validator: ((_rule, value, callback) => {
          if (value && form.departure && String(value) <= form.departure) {
            callback(new Error(t('expenses.form.returnBeforeDeparture')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
  };
}

/** What is wrong with one line as typed (messages, empty when fine). */
export function lineErrors(t: Translate, line: LineFormModel): string[] {
  const out: string[] = [];
  if (!line.date) out.push(t('expenses.form.lineDateRequired'));
  if (!isClaimedAmount(line.claimed)) out.push(t('expenses.form.amountFormat'));
  return out;
}

/** The fields of the line editor a server violation can name. */
export const LINE_FIELDS = [
  'kind',
  'date',
  'claimed',
  'note',
  'fareClass',
  'meal',
  'diners',
  'dinerCount',
  'nights',
  'persons',
] as const;
export type LineField = (typeof LINE_FIELDS)[number];
/** Localized server messages of one line, per field. */
export type LineFieldErrors = Partial<Record<LineField, string>>;

/**
 * The line and field a violation path names. The new claim's paths are "lines[2].claimed"; adding
 * one line (`single`) the server names "line.claimed", and a date outside the trip plain "date".
 */
export function lineFieldOfPath(path: string, single: boolean): { index: number; field: LineField } | null {
  const match = single ? /^line\.([A-Za-z]+)/.exec(path) : /^lines\[(\d+)\]\.([A-Za-z]+)/.exec(path);
  const name = single ? (match?.[1] ?? (path === 'date' ? 'date' : undefined)) : match?.[2];
  const field = LINE_FIELDS.find((f) => f === name);
  if (!field) return null;
  return { index: single ? 0 : Number(match?.[1]), field };
}

/**
 * Server violations split into messages per line field (for `lineCount` lines) and the rest,
 * which the form shows by its own fields or as general alerts.
 */
export function splitLineViolations(
  violations: readonly FieldViolation[],
  lineCount: number,
  single: boolean,
  text: (violation: FieldViolation) => string,
): { lines: LineFieldErrors[]; rest: FieldViolation[] } {
  const lines: LineFieldErrors[] = Array.from({ length: lineCount }, () => ({}));
  const rest: FieldViolation[] = [];
  for (const violation of violations) {
    const target = lineFieldOfPath(violation.field, single);
    const errors = target ? lines[target.index] : undefined;
    if (!target || !errors) {
      rest.push(violation);
      continue;
    }
    const before = errors[target.field];
    errors[target.field] = before ? `${before}；${text(violation)}` : text(violation);
  }
  return { lines, rest };
}

/** A file size as people read it: "820 B", "35.2 KB", "1.0 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
