/**
 * Server violations of the jobs pages: paths with indexes (`items[1].quantity`, `rows[3].model`,
 * `members[2]`) placed on the right line, and the assignment clashes said as sentences.
 */
import type { FieldViolation } from '@/api/api-error';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Knows = (key: string) => boolean;

/** One step of a violation path: `items[1]` → { name: 'items', index: 1 }. */
export interface PathStep {
  name: string;
  index: number | null;
}

/** The steps of a JSON path as the server names fields: `rows[3].items[0].model`. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      steps.push({ name: part, index: null });
      continue;
    }
    const name = match[1] ?? '';
    const indexes = [...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (indexes.length === 0) steps.push({ name, index: null });
    indexes.forEach((index, i) => steps.push({ name: i === 0 ? name : '', index }));
  }
  return steps;
}

/** Violations of a list's lines: `<list>[i].<field>` by line, and the rest as they came. */
export interface LineViolations {
  /** Line index → field (the part after `[i].`, '' for the line itself) → its violations. */
  lines: Map<number, Map<string, FieldViolation[]>>;
  /** Violations that name no line of the list. */
  others: FieldViolation[];
}

/** Splits violations by line of the list `list` (`items`, `rows`). */
export function byLine(violations: readonly FieldViolation[], list: string): LineViolations {
  const lines = new Map<number, Map<string, FieldViolation[]>>();
  const others: FieldViolation[] = [];
  for (const violation of violations) {
    const match = new RegExp(`^${list}\\[(\\d+)\\](?:\\.(.+))?$`).exec(violation.field);
    if (!match) {
      others.push(violation);
      continue;
    }
    const index = Number(match[1]);
    const field = match[2] ?? '';
    const line = lines.get(index) ?? new Map<string, FieldViolation[]>();
    line.set(field, [...(line.get(field) ?? []), violation]);
    lines.set(index, line);
  }
  return { lines, others };
}

/**
 * Reasons of a refused assignment (409, the contract's assignJob description): lead not_installer;
 * crew intern_without_lead / too_few; driver not_driver; vehicleId not_in_service / busy /
 * over_volume / over_weight; and for each person (lead, members[i], driver) staff_left / on_leave /
 * busy. The rest are plain field problems.
 */
export const CLASH_REASONS = [
  'not_installer',
  'intern_without_lead',
  'too_few',
  'not_driver',
  'not_in_service',
  'busy',
  'over_volume',
  'over_weight',
  'staff_left',
  'on_leave',
] as const;

/** What the assignment dialog knows to name the people and the vehicle of a violation. */
export interface ClashContext {
  t: Translate;
  te: Knows;
  /** The form as it was sent: `members[i]` is the i-th member sent. */
  sent: { lead?: number; members: readonly number[]; vehicleId?: number; driver?: number };
  staffName: (id: number) => string;
  vehicleName: (id: number) => string;
}

/** One refusal, readable: who or what, and why. */
export interface ClashLine {
  field: string;
  subject: string;
  text: string;
}

/** The person or vehicle a violation's field names: its role and, when it was sent, its name. */
interface ClashTarget {
  role: string;
  name: string | null;
}

function clashTarget(field: string, ctx: ClashContext): ClashTarget | null {
  const { sent } = ctx;
  const steps = parsePath(field);
  const first = steps[0];
  const index = steps[1]?.index ?? first?.index ?? null;
  const staff = (id: number | undefined): string | null => (id === undefined ? null : ctx.staffName(id));
  switch (first?.name) {
    case 'lead':
      return { role: 'lead', name: staff(sent.lead) };
    case 'members':
      return index === null ? null : { role: 'member', name: staff(sent.members[index]) };
    case 'vehicleId':
    case 'vehicle':
      return { role: 'vehicle', name: sent.vehicleId === undefined ? null : ctx.vehicleName(sent.vehicleId) };
    case 'driver':
      return { role: 'driver', name: staff(sent.driver) };
    default:
      return null;
  }
}

/** Who or what a violation's field names, e.g. "组长 王磊", "组员 赵磊", "车辆 鲁A·12345". */
export function clashSubject(field: string, ctx: ClashContext): string {
  const { t } = ctx;
  const target = clashTarget(field, ctx);
  if (target) {
    const role = t(`jobs.clash.subjects.${target.role}`);
    if (target.name !== null) return t('jobs.clash.subjectNamed', { role, name: target.name });
    if (target.role !== 'member') return role;
  }
  const first = parsePath(field)[0];
  switch (first?.name) {
    case 'members': {
      const index = first.index ?? parsePath(field)[1]?.index ?? null;
      return index === null ? t('jobs.clash.subjects.members') : t('jobs.clash.subjects.memberN', { n: index + 1 });
    }
    case 'crew':
      return t('jobs.clash.subjects.crew');
    case 'date':
    case 'window':
    case 'windowStart':
    case 'windowEnd':
      return t(`jobs.assign.${first.name}`);
    default:
      return field || t('jobs.clash.subjects.job');
  }
}

/**
 * A violation's detail as the line shows it. The server's detail of a person or vehicle starts
 * with its name or plate ("赵磊 KF-2026-000123 09:00–12:00", "鲁A·12345 maintenance"): the subject
 * already says it, so it is left out, and a vehicle's state is said in words.
 */
export function clashDetail(violation: FieldViolation, ctx: ClashContext): string {
  const detail = violation.detail?.trim() ?? '';
  if (!detail) return '';
  const name = clashTarget(violation.field, ctx)?.name;
  let rest = detail;
  if (name && detail === name) rest = '';
  else if (name && detail.startsWith(`${name} `)) rest = detail.slice(name.length + 1).trim();
  const stateKey = `enums.vehicleStatus.${rest}`;
  if (violation.reason === 'not_in_service' && /^[a-z_]+$/.test(rest) && ctx.te(stateKey)) return ctx.t(stateKey);
  return rest;
}

/** The reason of a violation in words: the clash text when there is one, else the validation text. */
export function clashReason(violation: FieldViolation, ctx: ClashContext): string {
  const { t, te } = ctx;
  const simple = /^[a-z0-9_]+$/.test(violation.reason);
  const clashKey = `jobs.clash.reasons.${violation.reason}`;
  const plainKey = `validation.${violation.reason}`;
  const text =
    simple && te(clashKey)
      ? t(clashKey)
      : simple && te(plainKey)
        ? t(plainKey)
        : t('validation.unknown', { reason: violation.reason });
  const detail = clashDetail(violation, ctx);
  return detail ? t('validation.withDetail', { text, detail }) : text;
}

/** Each violation of a refused assignment as a line "who: why (detail)", in the server's order. */
export function clashLines(violations: readonly FieldViolation[], ctx: ClashContext): ClashLine[] {
  return violations.map((violation) => ({
    field: violation.field,
    subject: clashSubject(violation.field, ctx),
    text: clashReason(violation, ctx),
  }));
}

/** Whether a refusal is a clash to list (rather than a form field to mark). */
export function isClash(violation: FieldViolation): boolean {
  return (
    (CLASH_REASONS as readonly string[]).includes(violation.reason) || /^(crew|members\[\d+\])/.test(violation.field)
  );
}
