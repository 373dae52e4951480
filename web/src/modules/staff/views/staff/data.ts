import type { FormRules } from 'element-plus';
import type { Role } from '@/api/auth';
import { gradeValues, staffStatusValues, trainingResultValues } from '@/api/schema';
import type { Grade, StaffStatus } from '@/modules/staff/api';
import type { TrainingResult } from '@/modules/staff/training-api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export const GRADES: readonly Grade[] = gradeValues;
export const STAFF_STATUSES: readonly StaffStatus[] = staffStatusValues;
/** Functions a staff member can hold besides the grade (R-ORG-1: e.g. driver). */
export const STAFF_FUNCTION_ROLES: readonly Role[] = ['driver', 'warehouse', 'sales', 'clerk', 'finance', 'leadership'];
export const TRAINING_RESULTS: readonly TrainingResult[] = trainingResultValues;

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

/** Client-side rules of the staff form; the server re-checks everything and may add violations. */
export function staffFormRules(t: Translate): FormRules {
  const required = { required: true, message: t('validation.required'), trigger: 'blur' };
  const requiredChange = { required: true, message: t('validation.required'), trigger: 'change' };
  return {
    name: [required, { max: 50, message: t('validation.client.maxLength', { n: 50 }), trigger: 'blur' }],
    phone: [required, { max: 20, message: t('validation.client.maxLength', { n: 20 }), trigger: 'blur' }],
    hireDate: [requiredChange],
    experienceStart: [requiredChange],
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
