import type { FormItemRule } from 'element-plus';
import { addDays, isRealDate } from '@/utils/dates';
import type { Rework } from './office-api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What a rework needs (R-FLD-8): the problem left on site, the date promised, the apology call. */
export interface ReworkForm {
  problem: string;
  committedDate: string;
  apologyCalled: boolean;
  apologyNote: string;
}

/** The longest problem and apology note the server takes. */
export const PROBLEM_MAX = 500;
export const APOLOGY_NOTE_MAX = 200;

/** The job states a rework may be raised from: the crew has been on site, or brought goods back. */
export const REWORK_FROM_STATUSES: readonly string[] = [
  'on_site',
  'installed',
  'delivered',
  'accepted',
  'closed',
  'returned_to_factory',
];

/** The rework form: a problem, and a promised date not before today in China. */
export function reworkRules(t: Translate, today: string): Record<string, FormItemRule[]> {
  return {
    problem: [
      {
        validator: (_rule, value: string, callback) =>
          value && value.trim() ? callback() : callback(new Error(t('field.rework.problemRequired'))),
        trigger: 'blur',
      },
    ],
    committedDate: [
      {
        validator: (_rule, value: string, callback) => {
          if (!value || !isRealDate(value)) callback(new Error(t('field.rework.committedRequired')));
          else if (value < today) callback(new Error(t('field.rework.committedPast')));
          else callback();
        },
        trigger: 'change',
      },
    ],
  };
}

/** The first and last day of a month given as YYYY-MM. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const from = `${month}-01`;
  const next = new Date(Date.UTC(y ?? 1970, m ?? 1, 1)).toISOString().slice(0, 10);
  return { from, to: addDays(next, -1) };
}

/** A rate 0..1 as a whole percentage ("67%"), or null when nothing is decided yet. */
export function ratePercent(rate: number | null | undefined): string | null {
  return rate === null || rate === undefined ? null : `${Math.round(rate * 100)}%`;
}

/** The tag colour of a rework's timeliness: late in red, on time in green. */
export function timelinessTag(timeliness: Rework['timeliness']): 'danger' | 'success' | 'info' {
  if (timeliness === 'late') return 'danger';
  return timeliness === 'on_time' ? 'success' : 'info';
}

/** The names of the crew a rework counts for, lead first ('' when there is none). */
export function crewNames(rework: Pick<Rework, 'crew'>): string {
  return rework.crew.map((p) => p.name).join('、');
}
