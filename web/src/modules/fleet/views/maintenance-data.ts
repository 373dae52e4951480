import type { FormRules } from 'element-plus';
import { maintenanceKindValues } from '@/api/schema';
import type { ListColumn } from '@/components/data-list';
import type {
  DueStatus,
  MaintenanceKind,
  MaintenanceRecord,
  MaintenanceRecordInput,
  MaintenanceReminder,
} from '@/modules/fleet/api';
import { parseYuanToFen } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const MAINTENANCE_KINDS: readonly MaintenanceKind[] = maintenanceKindValues;

/** The server's limits of a maintenance record (fleet/http/maintenance_routes.cpp). */
export const MAINTENANCE_LIMITS = { kmMax: 2_000_000, costMaxFen: 200_000 * 100, notesMax: 1000 } as const;

/** Element Plus tag type per due status: overdue red, due soon amber, not due green. */
export function dueTagType(status: DueStatus): 'danger' | 'warning' | 'success' {
  return status === 'overdue' ? 'danger' : status === 'due_soon' ? 'warning' : 'success';
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How far a due item is from today and from the vehicle's km: days and km still to go, negative
 * once past; null for a side the item does not have (or no km known, the vehicle has no trips).
 */
export function dueDistance(item: MaintenanceReminder, today: string): { days: number | null; km: number | null } {
  return {
    days: item.dueOn ? daysBetween(today, item.dueOn) : null,
    km: item.dueKm !== null && item.currentKm !== null ? item.dueKm - item.currentKm : null,
  };
}

/** "5 days overdue · 352 km over", "in 12 days", "648 km to go": what the reminder list shows. */
export function dueDistanceText(t: Translate, item: MaintenanceReminder, today: string): string {
  const { days, km } = dueDistance(item, today);
  const parts: string[] = [];
  if (days !== null) {
    if (days < 0) parts.push(t('maintenance.due.daysOverdue', { n: -days }));
    else if (days === 0) parts.push(t('maintenance.due.today'));
    else parts.push(t('maintenance.due.inDays', { n: days }));
  }
  if (km !== null) {
    parts.push(km < 0 ? t('maintenance.due.kmOver', { n: -km }) : t('maintenance.due.kmLeft', { n: km }));
  }
  return parts.join(' · ');
}

const STATUS_RANK: Record<DueStatus, number> = { overdue: 0, due_soon: 1, not_due: 2 };

/** Overdue first, then due soon, then the rest; the server's order within each. */
export function sortByUrgency<T extends { status: DueStatus }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => STATUS_RANK[a.item.status] - STATUS_RANK[b.item.status] || a.index - b.index)
    .map(({ item }) => item);
}

/** A due item with a key of its own: a vehicle has one item per kind. */
export type KeyedReminder = MaintenanceReminder & { key: string };

/** The reminders, overdue first, each keyed by vehicle and kind (the list's row key). */
export function keyedReminders(items: readonly MaintenanceReminder[]): KeyedReminder[] {
  return sortByUrgency(items).map((item) => ({ ...item, key: `${item.vehicleId}-${item.kind}` }));
}

/** The columns of a list of due items (the reminders panel, a vehicle's due items). */
export function dueColumns(t: Translate, today: string, withPlate: boolean): ListColumn<MaintenanceReminder>[] {
  const columns: ListColumn<MaintenanceReminder>[] = [
    {
      key: 'vehiclePlate',
      label: t('maintenance.fields.vehicle'),
      minWidth: 110,
      card: 'title',
      value: (row) => `${row.vehiclePlate} ${t(`enums.maintenanceKind.${row.kind}`)}`,
    },
    {
      key: 'kind',
      label: t('maintenance.fields.kind'),
      minWidth: 100,
      card: 'hidden',
      value: (row) => t(`enums.maintenanceKind.${row.kind}`),
    },
    {
      key: 'status',
      label: t('maintenance.fields.status'),
      minWidth: 90,
      value: (row) => t(`enums.dueStatus.${row.status}`),
    },
    { key: 'dueOn', label: t('maintenance.fields.dueOn'), minWidth: 110, value: (row) => row.dueOn ?? '' },
    {
      key: 'dueKm',
      label: t('maintenance.fields.dueKm'),
      minWidth: 100,
      align: 'right',
      value: (row) => (row.dueKm === null ? '' : row.dueKm),
    },
    {
      key: 'distance',
      label: t('maintenance.fields.distance'),
      minWidth: 170,
      value: (row) => dueDistanceText(t, row, today),
    },
  ];
  if (withPlate) return columns;
  // Inside one vehicle's dialog the plate is in the title: the kind leads instead.
  return columns
    .filter((c) => c.key !== 'vehiclePlate')
    .map((c) => (c.key === 'kind' ? { ...c, card: 'title' as const } : c));
}

/** The columns of a vehicle's maintenance records. */
export function recordColumns(t: Translate): ListColumn<MaintenanceRecord>[] {
  return [
    {
      key: 'doneOn',
      label: t('maintenance.fields.doneOn'),
      minWidth: 110,
      card: 'title',
      value: (row) => `${row.doneOn} ${t(`enums.maintenanceKind.${row.kind}`)}`,
    },
    {
      key: 'kind',
      label: t('maintenance.fields.kind'),
      minWidth: 90,
      card: 'hidden',
      value: (row) => t(`enums.maintenanceKind.${row.kind}`),
    },
    { key: 'odometerKm', label: t('maintenance.fields.odometerKm'), minWidth: 100, align: 'right' },
    { key: 'cost', label: t('maintenance.fields.cost'), minWidth: 100, align: 'right' },
    {
      key: 'nextDue',
      label: t('maintenance.fields.nextDue'),
      minWidth: 150,
      value: (row) =>
        [row.nextDueOn, row.nextDueKm === null ? null : `${row.nextDueKm} km`].filter(Boolean).join(' / '),
    },
    { key: 'notes', label: t('maintenance.fields.notes'), minWidth: 160 },
    { key: 'createdByName', label: t('maintenance.fields.createdBy'), minWidth: 90 },
  ];
}

/** Fields of the maintenance form whose server errors it shows, in order. */
export const MAINTENANCE_FORM_FIELDS = [
  'kind',
  'doneOn',
  'odometerKm',
  'cost',
  'notes',
  'nextDueOn',
  'nextDueKm',
] as const;

/** What the maintenance form edits; the cost in yuan as typed, dates YYYY-MM-DD ('' = none). */
export interface MaintenanceFormModel {
  kind: MaintenanceKind;
  doneOn: string;
  odometerKm: number | undefined;
  cost: string;
  notes: string;
  nextDueOn: string;
  nextDueKm: number | undefined;
}

/** An empty form done today, of `kind`, at the vehicle's last known km (if any). */
export function emptyMaintenanceForm(
  today: string,
  kind: MaintenanceKind = 'service',
  currentKm: number | null = null,
): MaintenanceFormModel {
  return {
    kind,
    doneOn: today,
    odometerKm: currentKm ?? undefined,
    cost: '',
    notes: '',
    nextDueOn: '',
    nextDueKm: undefined,
  };
}

/** The request body of a checked form: the cost as the decimal yuan string, empty fields left out. */
export function maintenanceInputOf(form: MaintenanceFormModel): MaintenanceRecordInput {
  const body: MaintenanceRecordInput = {
    kind: form.kind,
    doneOn: form.doneOn,
    odometerKm: form.odometerKm ?? 0,
    cost: form.cost.trim(),
  };
  if (form.notes.trim()) body.notes = form.notes.trim();
  if (form.nextDueOn) body.nextDueOn = form.nextDueOn;
  if (form.nextDueKm !== undefined && form.nextDueKm !== null) body.nextDueKm = form.nextDueKm;
  return body;
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * Client-side rules of the maintenance form, as the server checks them (fleet/maintenance.cpp):
 * done not after today, a cost of 0 to 200,000 yuan with at most two decimals, the next due after
 * the record (a later date, a higher km). Messages are the server reasons' texts.
 */
export function maintenanceFormRules(t: Translate, form: MaintenanceFormModel, today: string): FormRules {
  return {
    kind: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    doneOn: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      {
        validator: ((_rule, value, callback) => {
          if (typeof value === 'string' && value > today) callback(new Error(t('validation.in_future')));
          else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    odometerKm: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      {
        validator: ((_rule, value, callback) => {
          if (typeof value === 'number' && (value < 0 || value > MAINTENANCE_LIMITS.kmMax)) {
            callback(new Error(t('validation.out_of_range')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    cost: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        validator: ((_rule, value, callback) => {
          const text = String(value ?? '').trim();
          if (!text) return callback();
          const fen = parseYuanToFen(text);
          if (fen === null) callback(new Error(t('validation.invalid_money')));
          else if (fen < 0) callback(new Error(t('validation.must_not_be_negative')));
          else if (fen > MAINTENANCE_LIMITS.costMaxFen) callback(new Error(t('validation.out_of_range')));
          else callback();
        }) as Validator,
        trigger: 'blur',
      },
    ],
    notes: [
      {
        max: MAINTENANCE_LIMITS.notesMax,
        message: t('validation.client.maxLength', { n: MAINTENANCE_LIMITS.notesMax }),
        trigger: 'blur',
      },
    ],
    nextDueOn: [
      {
        validator: ((_rule, value, callback) => {
          if (!isBlank(value) && form.doneOn && String(value) <= form.doneOn) {
            callback(new Error(t('validation.not_after_done')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    nextDueKm: [
      {
        validator: ((_rule, value, callback) => {
          if (typeof value !== 'number') return callback();
          if (value > MAINTENANCE_LIMITS.kmMax) callback(new Error(t('validation.out_of_range')));
          else if (form.odometerKm !== undefined && value <= form.odometerKm) {
            callback(new Error(t('validation.not_after_done')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
  };
}
