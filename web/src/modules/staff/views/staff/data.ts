import type { FormRules } from 'element-plus';
import type { Role } from '@/api/auth';
import { gradeValues, staffStatusValues, trainingResultValues } from '@/api/schema';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { Grade, Staff, StaffStatus } from '@/modules/staff/api';
import type { TrainingResult } from '@/modules/staff/training-api';
import { isValidPhone } from '@/utils/phone';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export const GRADES: readonly Grade[] = gradeValues;
export const STAFF_STATUSES: readonly StaffStatus[] = staffStatusValues;
/** Functions a staff member can hold besides the grade (R-ORG-1: e.g. driver). */
export const STAFF_FUNCTION_ROLES: readonly Role[] = ['driver', 'warehouse', 'sales', 'clerk', 'finance', 'leadership'];
export const TRAINING_RESULTS: readonly TrainingResult[] = trainingResultValues;

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
export const STAFF_FORM_FIELDS = ['name', 'phone', 'hireDate', 'experienceStart', 'grade', 'roles'] as const;

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

/** Fields of the leaving dialog the server may name. */
export const LEAVE_FORM_FIELDS = ['leftOn'] as const;

/**
 * Rules of the leaving dialog, as the server checks them: a date, not after `today`, not before the
 * hire date (the date input greys those days out; typed ones are refused here too).
 */
export function leaveFormRules(t: Translate, hireDate: () => string, today: string): FormRules {
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
