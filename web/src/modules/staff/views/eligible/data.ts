import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { Eligibility } from '@/modules/staff/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Sorts the eligible list may ask the server for. FOLLOW-UP(sort): empty until
 * `GET /staff/eligible` declares `sort` in the contract; the server's order is eligible-since,
 * oldest first (who has waited longest comes first).
 */
export const ELIGIBLE_SORTS: readonly SortOf<'listEligibleStaff'>[] = [];

/** The eligible list's columns (table, phone cards and export). */
export function eligibleColumns(t: Translate): ListColumn<Eligibility>[] {
  const sortable = (key: string): boolean => (ELIGIBLE_SORTS as readonly string[]).includes(key);
  return [
    { key: 'name', label: t('staff.fields.name'), minWidth: 120, card: 'title', sortable: sortable('name') },
    {
      key: 'eligibleOn',
      label: t('eligible.since'),
      minWidth: 120,
      sortable: sortable('eligibleOn'),
      export: { kind: 'date' },
    },
    { key: 'grade', label: t('staff.fields.grade'), minWidth: 130, value: (row) => t(`enums.grade.${row.grade}`) },
    {
      key: 'nextGrade',
      label: t('staff.eligibility.next'),
      minWidth: 130,
      value: (row) => (row.nextGrade ? t(`enums.grade.${row.nextGrade}`) : t('staff.eligibility.top')),
    },
    {
      key: 'monthsOfExperience',
      label: t('staff.fields.monthsOfExperience'),
      minWidth: 110,
      align: 'right',
      export: { kind: 'number', value: (row) => row.monthsOfExperience },
    },
    {
      key: 'requiredMonths',
      label: t('staff.eligibility.required'),
      minWidth: 100,
      align: 'right',
      export: { kind: 'number', value: (row) => row.requiredMonths ?? null },
    },
  ];
}
