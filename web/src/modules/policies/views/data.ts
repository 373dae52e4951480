import type { FormRules } from 'element-plus';
import type { Permission } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { PolicyUnit, PolicyValue } from '@/modules/policies/api';
import type { SortValue } from '@/utils/collate';
import { formatFen, formatMinuteOfDay, parseMinuteOfDay, parseWholeNumber, parseYuanToFen } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A policy key with its history, newest valid-from first, the value in force today and the next one. */
export interface PolicyGroup {
  key: string;
  unit: PolicyUnit;
  owner: PolicyValue['owner'];
  history: PolicyValue[];
  current: PolicyValue | null;
  /** The next scheduled value (valid from a later day), if any. */
  upcoming: PolicyValue | null;
}

/** The permission that sets a key's values: the department's keys by the head, the rest by the administrator. */
export function writePermission(group: Pick<PolicyGroup, 'owner'>): Permission {
  return group.owner === 'department' ? 'policy.write' : 'policy.write_system';
}

/** Sorts the policy table offers (it is sorted in the browser; names by pinyin). */
export const POLICY_SORTS = ['name', '-name', 'validFrom', '-validFrom'] as const;

/** The policy table's columns (table, phone cards and export); `label` gives a key's localized name. */
export function policyColumns(
  t: Translate,
  label: (key: string) => string,
  display: (value: number, unit: PolicyUnit) => string,
): ListColumn<PolicyGroup>[] {
  return [
    { key: 'name', label: t('policies.key'), minWidth: 220, card: 'title', sortable: true, value: (g) => label(g.key) },
    { key: 'code', label: t('policies.code'), exportOnly: true, value: (g) => g.key },
    {
      key: 'current',
      label: t('policies.currentValue'),
      minWidth: 120,
      align: 'right',
      value: (g) => (g.current ? display(g.current.value, g.unit) : ''),
    },
    {
      key: 'validFrom',
      label: t('policies.validFrom'),
      minWidth: 110,
      sortable: true,
      value: (g) => g.current?.validFrom ?? '',
      export: { kind: 'date' },
    },
    {
      key: 'upcoming',
      label: t('policies.upcoming'),
      minWidth: 170,
      value: (g) =>
        g.upcoming
          ? t('policies.upcomingValue', { value: display(g.upcoming.value, g.unit), date: g.upcoming.validFrom })
          : '',
    },
    {
      key: 'owner',
      label: t('policies.owner'),
      minWidth: 130,
      card: 'hidden',
      value: (g) => t(`enums.policyOwner.${g.owner}`),
    },
  ];
}

/** The sort value of a policy column: names by pinyin of the localized label. */
export function policySortValue(label: (key: string) => string): (group: PolicyGroup, key: string) => SortValue {
  return (group, key) => (key === 'validFrom' ? (group.current?.validFrom ?? '') : label(group.key));
}

/** The range a key accepts, in its unit (every value carries it; the server refuses outside it). */
export function policyRange(group: Pick<PolicyGroup, 'history'>): { min: number; max: number } | null {
  const latest = group.history[0];
  return latest ? { min: latest.min, max: latest.max } : null;
}

/**
 * Whether a new value is far from the one in force: at least twice or at most half of it, or for a
 * time of day two hours or more away. Such a value is usually a typo (35 typed as 350), so the form
 * asks before sending it.
 */
export function isFarFromCurrent(value: number, current: number | null | undefined, unit: PolicyUnit): boolean {
  if (current === null || current === undefined) return false;
  if (unit === 'minute_of_day') return Math.abs(value - current) >= 120;
  if (current <= 0) return false;
  return value >= current * 2 || value * 2 <= current;
}

/** What the user confirms before a new value is sent: a value far from today's, a date in the past. */
export type PolicyWarning = 'far' | 'past';

/** The warnings of a new value for `group`, valid from `validFrom`, judged on `today`. */
export function policyWarnings(
  group: Pick<PolicyGroup, 'current' | 'unit'>,
  value: number,
  validFrom: string,
  today: string,
): PolicyWarning[] {
  const out: PolicyWarning[] = [];
  if (isFarFromCurrent(value, group.current?.value, group.unit)) out.push('far');
  if (validFrom && validFrom < today) out.push('past');
  return out;
}

/**
 * Rules of the set-a-value form; `unit` and `range` are the chosen key's unit and accepted range
 * (a value outside it is refused here, as the server does).
 */
export function policyFormRules(
  t: Translate,
  unit: () => PolicyUnit | null,
  range: () => { min: number; max: number } | null = () => null,
): FormRules {
  return {
    key: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    value: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      {
        validator: (_rule: unknown, text: string, callback: (error?: Error) => void) => {
          const u = unit();
          const parsed = u && text ? parsePolicyInput(text, u) : null;
          const r = range();
          if (u && text && parsed === null) callback(new Error(t(inputErrorKey(u))));
          else if (u && r && parsed !== null && (parsed < r.min || parsed > r.max)) {
            const min = formatPolicyValue(r.min, u);
            const max = formatPolicyValue(r.max, u);
            callback(new Error(t('validation.client.outOfRange', { min, max })));
          } else callback();
        },
        trigger: 'blur',
      },
    ],
    validFrom: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    reason: [
      { required: true, whitespace: true, message: t('validation.reason_required'), trigger: 'blur' },
      { max: 500, message: t('validation.client.maxLength', { n: 500 }), trigger: 'blur' },
    ],
  };
}

/** Shows an integer policy value in its display unit: fen as yuan, minutes as HH:MM. */
export function formatPolicyValue(value: number, unit: PolicyUnit): string {
  switch (unit) {
    case 'fen':
      return formatFen(value);
    case 'minute_of_day':
      return formatMinuteOfDay(value);
    default:
      return String(value);
  }
}

/** Parses user input in the display unit back into the stored integer; null when invalid. */
export function parsePolicyInput(text: string, unit: PolicyUnit): number | null {
  switch (unit) {
    case 'fen': {
      const fen = parseYuanToFen(text);
      return fen !== null && fen >= 0 ? fen : null;
    }
    case 'minute_of_day':
      return parseMinuteOfDay(text);
    default:
      return parseWholeNumber(text);
  }
}

/** The locale key of the validation message for a unit's input format. */
export function inputErrorKey(unit: PolicyUnit): string {
  switch (unit) {
    case 'fen':
      return 'validation.client.invalidAmount';
    case 'minute_of_day':
      return 'validation.client.invalidTime';
    default:
      return 'validation.client.invalidInteger';
  }
}

/** Groups the flat list by key (sorted by key) and finds the value in force on `today`. */
export function groupPolicies(values: readonly PolicyValue[], today: string): PolicyGroup[] {
  const byKey = new Map<string, PolicyValue[]>();
  for (const value of values) {
    const list = byKey.get(value.key) ?? [];
    list.push(value);
    byKey.set(value.key, list);
  }
  const groups: PolicyGroup[] = [];
  for (const [key, list] of byKey) {
    const history = [...list].sort((a, b) =>
      a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : b.id - a.id,
    );
    const current = history.find((v) => v.validFrom <= today) ?? null;
    const upcoming = [...history].reverse().find((v) => v.validFrom > today) ?? null;
    const unit = history[0]?.unit ?? 'months';
    const owner = history[0]?.owner ?? 'system';
    groups.push({ key, unit, owner, history, current, upcoming });
  }
  return groups.sort((a, b) => a.key.localeCompare(b.key));
}
