import type { FormItemRule } from 'element-plus';
import type { ListColumn } from '@/components/data-list';
import type { SeriesWarranty, SeriesWarrantyInput, SeriesWarrantyList } from '@/modules/catalog/api';
import { isRealDate } from '@/utils/dates';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The server's limits of a warranty version (docs/api/schemas/catalog.yaml SeriesWarrantyInput). */
export const WARRANTY_LIMITS = {
  monthsMin: 1,
  monthsMax: 120,
  contentMax: 1000,
  reasonMax: 200,
} as const;

/** A series of the catalogue with its warranty: every version newest first, today's, the next one. */
export interface SeriesWarrantyRow {
  series: string;
  /** Every version, newest validFrom first. */
  history: SeriesWarranty[];
  /** The version in force today; null when none has started (未设置). */
  current: SeriesWarranty | null;
  /** The next version, starting after today, if one is set. */
  upcoming: SeriesWarranty | null;
}

/** Newest validFrom first; on the same day (never, as the server refuses it) the later id first. */
function newestFirst(a: SeriesWarranty, b: SeriesWarranty): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  return b.id - a.id;
}

/**
 * The version in force on `day` among one series' versions: the newest that started on or before
 * it. A version starting later is not in force yet; null when none has started.
 */
export function versionInForce(versions: readonly SeriesWarranty[], day: string): SeriesWarranty | null {
  return [...versions].sort(newestFirst).find((v) => v.validFrom <= day) ?? null;
}

/**
 * One row per series of the catalogue (in the server's order), each with its versions, the one in
 * force on `today` and the next one. A series that has versions but is no longer in the catalogue
 * (its products renamed) is still listed, after the others, so its history stays readable.
 */
export function warrantyRows(list: SeriesWarrantyList, today: string): SeriesWarrantyRow[] {
  const bySeries = new Map<string, SeriesWarranty[]>();
  for (const series of list.series) bySeries.set(series, []);
  for (const item of list.items) {
    const versions = bySeries.get(item.series) ?? [];
    versions.push(item);
    bySeries.set(item.series, versions);
  }
  return [...bySeries].map(([series, versions]) => {
    const history = [...versions].sort(newestFirst);
    return {
      series,
      history,
      current: versionInForce(history, today),
      upcoming: [...history].reverse().find((v) => v.validFrom > today) ?? null,
    };
  });
}

/** Where a version stands on `today` in its series' history. */
export type VersionState = 'scheduled' | 'inForce' | 'superseded';

export function versionState(row: SeriesWarrantyRow, version: SeriesWarranty, today: string): VersionState {
  if (version.validFrom > today) return 'scheduled';
  return row.current?.id === version.id ? 'inForce' : 'superseded';
}

/** The warranty table's columns (table and phone cards). */
export function warrantyColumns(t: Translate): ListColumn<SeriesWarrantyRow>[] {
  return [
    { key: 'series', label: t('catalog.warranties.series'), minWidth: 130, card: 'title' },
    {
      key: 'months',
      label: t('catalog.warranties.months'),
      minWidth: 110,
      value: (r) =>
        r.current ? t('catalog.warranties.monthsValue', { n: r.current.months }) : t('catalog.warranties.unset'),
    },
    { key: 'validFrom', label: t('catalog.warranties.validFrom'), minWidth: 110, value: (r) => r.current?.validFrom },
    { key: 'content', label: t('catalog.warranties.content'), minWidth: 280, value: (r) => r.current?.content },
    {
      key: 'upcoming',
      label: t('catalog.warranties.upcoming'),
      minWidth: 160,
      value: (r) =>
        r.upcoming ? t('catalog.warranties.upcomingValue', { n: r.upcoming.months, date: r.upcoming.validFrom }) : '',
    },
  ];
}

/** The set-a-version form as typed (months null while the field is empty). */
export interface WarrantyForm {
  series: string;
  validFrom: string;
  months: number | null;
  content: string;
  reason: string;
}

/** The fields of the form, as the server's violations name them. */
export const WARRANTY_FORM_FIELDS = ['series', 'validFrom', 'months', 'content', 'reason'] as const;

/** An empty form for `series` ('' lets the user choose), from `today` on. */
export function emptyWarrantyForm(series: string, today: string, current?: SeriesWarranty | null): WarrantyForm {
  return {
    series,
    validFrom: today,
    months: current?.months ?? null,
    content: current?.content ?? '',
    reason: '',
  };
}

/** What is sent: content and reason trimmed, an empty reason left out. */
export function warrantyInputOf(form: WarrantyForm): SeriesWarrantyInput {
  const reason = form.reason.trim();
  return {
    series: form.series,
    validFrom: form.validFrom,
    months: form.months ?? 0,
    content: form.content.trim(),
    ...(reason ? { reason } : {}),
  };
}

/**
 * Rules of the set-a-version form, as the server checks them: a series, a real day not before
 * `today` (China), whole months 1–120, a content of at most 1000 characters, a reason of at most 200.
 */
export function warrantyFormRules(t: Translate, today: string): Record<string, FormItemRule[]> {
  return {
    series: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    validFrom: [
      {
        validator: (_rule, value: string, callback) => {
          if (!value || !isRealDate(value)) callback(new Error(t('validation.required')));
          else if (value < today) callback(new Error(t('validation.client.dateBeforeMin', { date: today })));
          else callback();
        },
        trigger: 'change',
      },
    ],
    months: [
      {
        validator: (_rule, value: number | null | undefined, callback) => {
          const { monthsMin: min, monthsMax: max } = WARRANTY_LIMITS;
          if (value === null || value === undefined) callback(new Error(t('validation.required')));
          else if (!Number.isInteger(value) || value < min || value > max) {
            callback(new Error(t('validation.client.outOfRange', { min, max })));
          } else callback();
        },
        trigger: 'blur',
      },
    ],
    content: [
      {
        validator: (_rule, value: string, callback) => {
          const max = WARRANTY_LIMITS.contentMax;
          if (!value || !value.trim()) callback(new Error(t('validation.required')));
          else if (value.trim().length > max) callback(new Error(t('validation.client.maxLength', { n: max })));
          else callback();
        },
        trigger: 'blur',
      },
    ],
    reason: [
      {
        validator: (_rule, value: string, callback) => {
          const max = WARRANTY_LIMITS.reasonMax;
          if (value && value.trim().length > max) callback(new Error(t('validation.client.maxLength', { n: max })));
          else callback();
        },
        trigger: 'blur',
      },
    ],
  };
}
