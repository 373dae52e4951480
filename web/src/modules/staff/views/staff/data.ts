import type { FormRules } from 'element-plus';
import type { Role } from '@/api/auth';
import { gradeValues, leaveKindValues, staffStatusValues, trainingResultValues } from '@/api/schema';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import { isSkillKey } from '@/modules/catalog/views/data';
import type { Grade, Staff, StaffStatus } from '@/modules/staff/api';
import type { LeaveKind, LeaveRecord } from '@/modules/staff/leave-api';
import type { TrainingResult } from '@/modules/staff/training-api';
import { isRealDate } from '@/utils/dates';
import { isValidPhone } from '@/utils/phone';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export const GRADES: readonly Grade[] = gradeValues;
export const STAFF_STATUSES: readonly StaffStatus[] = staffStatusValues;
/** Functions a staff member can hold besides the grade (R-ORG-1: e.g. driver). */
export const STAFF_FUNCTION_ROLES: readonly Role[] = ['driver', 'warehouse', 'sales', 'clerk', 'finance', 'leadership'];
export const TRAINING_RESULTS: readonly TrainingResult[] = trainingResultValues;

/** The most skills one staff member may hold (staff/staff_member.hpp kMaxSkills). */
export const MAX_SKILLS = 20;

/** Whether a URL value is a grade (for the list's filter). */
export const isGrade = (value: string): value is Grade => (GRADES as readonly string[]).includes(value);
/** Whether a URL value is a staff status (for the list's filter). */
export const isStaffStatus = (value: string): value is StaffStatus =>
  (STAFF_STATUSES as readonly string[]).includes(value);

/**
 * The sorts the staff list may ask the server for. FOLLOW-UP(sort): empty until `GET /staff`
 * declares `sort` in the contract; then `['name', '-name', 'hireDate', '-hireDate']`, and the name
 * and hire-date columns become sortable by themselves (server order: name, then id).
 */
export const STAFF_SORTS: readonly SortOf<'listStaff'>[] = [];

/** The staff list's columns (table, phone cards and export). */
export function staffColumns(t: Translate): ListColumn<Staff>[] {
  const sortable = (key: string): boolean => (STAFF_SORTS as readonly string[]).includes(key);
  return [
    {
      key: 'name',
      label: t('staff.fields.name'),
      minWidth: 120,
      card: 'title',
      fixed: 'left',
      sortable: sortable('name'),
    },
    { key: 'phone', label: t('staff.fields.phone'), minWidth: 130 },
    { key: 'grade', label: t('staff.fields.grade'), minWidth: 130, value: (row) => t(`enums.grade.${row.grade}`) },
    {
      key: 'roles',
      label: t('staff.fields.roles'),
      minWidth: 120,
      value: (row) => row.roles.map((role) => t(`enums.role.${role}`)).join('、'),
    },
    { key: 'skills', label: t('staff.fields.skills'), minWidth: 140, value: (row) => row.skills.join('、') },
    {
      key: 'hireDate',
      label: t('staff.fields.hireDate'),
      minWidth: 110,
      sortable: sortable('hireDate'),
      export: { kind: 'date' },
    },
    {
      key: 'monthsOfExperience',
      label: t('staff.fields.monthsOfExperience'),
      minWidth: 110,
      align: 'right',
      export: { kind: 'number', value: (row) => row.monthsOfExperience },
    },
    {
      key: 'status',
      label: t('staff.fields.status'),
      minWidth: 90,
      value: (row) => t(`enums.staffStatus.${row.status}`),
    },
    { key: 'leftOn', label: t('staff.fields.leftOn'), exportOnly: true, export: { kind: 'date' } },
  ];
}

/** Element Plus tag type per grade, so grades are recognisable at a glance. */
export function gradeTagType(grade: Grade): 'primary' | 'success' | 'warning' | 'info' | 'danger' {
  switch (grade) {
    case 'head':
      return 'danger';
    case 'supervisor':
      return 'warning';
    case 'technician':
      return 'success';
    case 'intern':
      return 'primary';
    default:
      return 'info';
  }
}

/** Fields of the staff form, in the order they are shown. */
export const STAFF_FORM_FIELDS = ['name', 'phone', 'hireDate', 'experienceStart', 'grade', 'roles', 'skills'] as const;

/**
 * The first problem of a staff member's skills, as the server judges them (R-DSP-4): at most
 * MAX_SKILLS, each a skill key as products use (catalog isSkillKey), none twice; null when fine.
 */
export function skillsProblem(
  skills: readonly string[],
): { reason: 'tooMany' | 'pattern' | 'duplicate'; skill?: string } | null {
  if (skills.length > MAX_SKILLS) return { reason: 'tooMany' };
  const seen = new Set<string>();
  for (const skill of skills) {
    if (!isSkillKey(skill)) return { reason: 'pattern', skill };
    if (seen.has(skill)) return { reason: 'duplicate', skill };
    seen.add(skill);
  }
  return null;
}

/** A typed skill as the form keeps it: trimmed, spaces and hyphens as _, lower case (so "Electric Desk" becomes electric_desk). */
export function normalizeSkill(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Client-side rules of the staff form, as the server checks them (so all errors show in one pass);
 * the server re-checks everything and may add violations. `hireDate` reads the form's hire date.
 */
export function staffFormRules(t: Translate, hireDate: () => string = () => ''): FormRules {
  const required = { required: true, message: t('validation.required'), trigger: 'blur' };
  const requiredChange = { required: true, message: t('validation.required'), trigger: 'change' };
  return {
    name: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      { max: 50, message: t('validation.client.maxLength', { n: 50 }), trigger: 'blur' },
    ],
    phone: [
      required,
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          if (value && !isValidPhone(value.trim())) callback(new Error(t('validation.invalid_phone')));
          else callback();
        },
        trigger: 'blur',
      },
    ],
    hireDate: [requiredChange],
    experienceStart: [
      requiredChange,
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          const hire = hireDate();
          if (value && hire && value < hire) callback(new Error(t('validation.before_hire_date')));
          else callback();
        },
        trigger: 'change',
      },
    ],
    grade: [requiredChange],
    skills: [
      {
        validator: (_rule: unknown, value: string[] | undefined, callback: (error?: Error) => void) => {
          const problem = skillsProblem(value ?? []);
          if (!problem) callback();
          else if (problem.reason === 'tooMany') callback(new Error(t('staff.form.skillsTooMany', { n: MAX_SKILLS })));
          else if (problem.reason === 'pattern')
            callback(new Error(t('staff.form.skillPattern', { skill: problem.skill })));
          else callback(new Error(t('staff.form.skillDuplicate', { skill: problem.skill })));
        },
        trigger: 'change',
      },
    ],
  };
}

/** Rules of a reason field (override, early end of internship). */
export function reasonRules(t: Translate): FormRules {
  return {
    reason: [
      { required: true, whitespace: true, message: t('validation.reason_required'), trigger: 'blur' },
      { max: 500, message: t('validation.client.maxLength', { n: 500 }), trigger: 'blur' },
    ],
  };
}

// ---- Leave (R-DSP-2): who is away on which days, both ends included. ----

export const LEAVE_KINDS: readonly LeaveKind[] = leaveKindValues;

/** The longest period one leave record may cover, in days (staff/leave.hpp). */
export const LEAVE_MAX_DAYS = 366;

/** Days from `from` to `to`, both included (YYYY-MM-DD); 0 when either is missing or to < from. */
export function leaveDays(from: string, to: string): number {
  if (!isRealDate(from) || !isRealDate(to)) return 0;
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return ms < 0 ? 0 : Math.round(ms / 86_400_000) + 1;
}

/** Whether a leave record covers `day` (YYYY-MM-DD). */
export function coversDay(record: Pick<LeaveRecord, 'from' | 'to'>, day: string): boolean {
  return record.from <= day && day <= record.to;
}

/** What the leave dialog edits. */
export interface LeaveFormModel {
  from: string;
  to: string;
  kind: LeaveKind;
  note: string;
}

/** Client-side rules of the leave dialog, as the server checks them; `form` reads the first day. */
export function leaveFormRules(t: Translate, form: () => LeaveFormModel): FormRules {
  const requiredChange = { required: true, message: t('validation.required'), trigger: 'change' };
  return {
    from: [requiredChange],
    to: [
      requiredChange,
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          const from = form().from;
          if (value && from && value < from) callback(new Error(t('leave.toBeforeFrom')));
          else if (leaveDays(from, value) > LEAVE_MAX_DAYS) callback(new Error(t('leave.tooLong')));
          else callback();
        },
        trigger: 'change',
      },
    ],
    kind: [requiredChange],
    note: [{ max: 500, message: t('validation.client.maxLength', { n: 500 }), trigger: 'blur' }],
  };
}

// ---- Departure (离职): the staff member leaves the company; their account is disabled. ----

/** Fields of the departure dialog the server may name. */
export const DEPART_FORM_FIELDS = ['leftOn'] as const;

/**
 * Rules of the departure dialog, as the server checks them: a leaving date, not after `today`, not
 * before the hire date (the date input greys those days out; typed ones are refused here too).
 */
export function departFormRules(t: Translate, hireDate: () => string, today: string): FormRules {
  return {
    leftOn: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          const hire = hireDate();
          if (value && value > today) callback(new Error(t('validation.date_in_future')));
          else if (value && hire && value < hire) callback(new Error(t('validation.before_hire_date')));
          else callback();
        },
        trigger: 'change',
      },
    ],
  };
}

/**
 * The one grade action a staff member's record offers (an intern shows one, not both): promote
 * when the rule is met or when the user cannot end an internship; an intern not yet eligible is
 * offered the head's early end of internship instead.
 */
export function gradeAction(
  staff: Pick<Staff, 'grade' | 'status'>,
  eligibility: { nextGrade?: Grade | null; eligible: boolean } | null,
  can: { promote: boolean; endInternship: boolean },
): 'promote' | 'endInternship' | null {
  if (staff.status !== 'active') return null;
  const intern = staff.grade === 'intern';
  if (intern && can.endInternship && !eligibility?.eligible) return 'endInternship';
  if (can.promote && eligibility?.nextGrade) return 'promote';
  if (intern && can.endInternship) return 'endInternship';
  return null;
}

/**
 * What the promotion dialog offers (R-ORG-2): `promote` when the rule is met; when it is not,
 * `override` for leadership (promote with a reason) and `request` for the others (晋级 disabled,
 * ask leadership with a reason); `none` at the top grade or before the eligibility is known.
 */
export function promoteMode(
  eligibility: { nextGrade?: Grade | null; eligible: boolean } | null,
  canOverride: boolean,
): 'promote' | 'override' | 'request' | 'none' {
  if (!eligibility?.nextGrade) return 'none';
  if (eligibility.eligible) return 'promote';
  return canOverride ? 'override' : 'request';
}
