import type { ListColumn } from '@/components/data-list';
import type { AuditEntry, AuditEvent } from '@/modules/audit/api';
import { compareZh } from '@/utils/collate';
import { formatFen, formatMinuteOfDay, formatTimestamp } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type HasKey = (key: string) => boolean;

/** The audit trail is long: it offers larger pages than the other lists. */
export const AUDIT_PAGE_SIZES: readonly number[] = [20, 50, 100, 200];

/** Fields kept for the record but not shown in the change summary (see "technical details"). */
export const INTERNAL_FIELDS: ReadonlySet<string> = new Set(['version', 'clientIp']);

/** Fields whose values are enum names, and the enum that labels them (`enums.<enum>.<value>`). */
export const ENUM_FIELDS: Readonly<Record<string, string>> = {
  grade: 'grade',
  toGrade: 'grade',
  fromGrade: 'grade',
  roles: 'role',
  status: 'staffStatus',
  changeKind: 'gradeChangeKind',
  result: 'trainingResult',
  unit: 'policyUnit',
  owner: 'policyOwner',
};

type Snapshot = Record<string, unknown> | null | undefined;

/** Pretty-prints an audit before/after object for reading; null stays null. */
export function prettyJson(value: Snapshot): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** Keys whose value differs between before and after, in the order the record lists them. */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));
}

/** One line of the change table. */
export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** The changes a department head reads: changed fields, without the internal ones. */
export function changeRows(entry: Pick<AuditEntry, 'before' | 'after'>): ChangeRow[] {
  const empty = (value: unknown): boolean =>
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return changedKeys(entry.before, entry.after)
    .filter((field) => !INTERNAL_FIELDS.has(field))
    .map((field) => ({ field, before: entry.before?.[field], after: entry.after?.[field] }))
    .filter((change) => !(empty(change.before) && empty(change.after)));
}

/**
 * Who did it: the person's name, else the login name. Without an account it was the system (one
 * word: 系统, whatever the server calls it), or, for a failed login, someone not logged in.
 */
export function actorName(
  t: Translate,
  entry: Pick<AuditEntry, 'username' | 'userId' | 'action'> & { displayName?: string | null },
  names?: ReadonlyMap<number, string>,
): string {
  const name = entry.displayName?.trim() || (entry.userId ? names?.get(entry.userId) : undefined);
  if (name) return name;
  if (entry.userId === null || entry.userId === undefined) {
    return entry.action === 'login_failed' ? t('audit.anonymous') : t('audit.system');
  }
  return entry.username?.trim() || t('audit.system');
}

/** A localized enum label, or the raw value when there is none. */
export function enumLabel(t: Translate, te: HasKey, group: string, value: string): string {
  const key = `enums.${group}.${value}`;
  return /^[a-z0-9_]+$/i.test(value) && te(key) ? t(key) : value;
}

/** The label of a record's field: `auditFields.<entity>.<field>`, then `auditFields.common.<field>`. */
export function fieldLabel(t: Translate, te: HasKey, entity: string, field: string): string {
  if (!/^[a-zA-Z0-9_]+$/.test(field)) return field;
  for (const key of [`auditFields.${entity}.${field}`, `auditFields.common.${field}`]) {
    if (/^[a-z0-9_]+$/.test(entity) && te(key)) return t(key);
  }
  return field;
}

/**
 * A field's value as a person reads it: enum names localized, yes/no, money and times of policy
 * values in their unit, policy keys by name, nothing as a dash.
 */
export function formatFieldValue(
  t: Translate,
  te: HasKey,
  entity: string,
  field: string,
  value: unknown,
  record: Snapshot,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.labels.none');
    return value.map((item) => formatFieldValue(t, te, entity, field, item, record)).join('、');
  }
  if (typeof value === 'boolean') return value ? t('common.labels.yes') : t('common.labels.no');
  const group = ENUM_FIELDS[field];
  if (group && typeof value === 'string') return enumLabel(t, te, group, value);
  if (entity === 'policy' && field === 'value' && typeof value === 'number') {
    const unit = record?.unit;
    if (unit === 'fen') return `${formatFen(value)} ${t('enums.policyUnit.fen')}`;
    if (unit === 'minute_of_day') return formatMinuteOfDay(value);
    if (typeof unit === 'string') return `${value} ${enumLabel(t, te, 'policyUnit', unit)}`;
  }
  if (entity === 'policy' && field === 'key' && typeof value === 'string') {
    const key = `policies.keys.${value}`;
    return /^[a-z0-9_.]+$/.test(value) && te(key) ? t(key) : value;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Entity types of the declared events, sorted by their localized names (pinyin). */
export function entityOptions(events: readonly AuditEvent[], label: (entity: string) => string): string[] {
  return [...new Set(events.map((e) => e.entity))].sort((a, b) => compareZh(label(a), label(b)));
}

/** Actions of the declared events for an entity type (all when none is chosen), by localized name. */
export function actionOptions(
  events: readonly AuditEvent[],
  entity: string,
  label: (action: string) => string,
): string[] {
  const chosen = entity ? events.filter((e) => e.entity === entity) : events;
  return [...new Set(chosen.map((e) => e.action))].sort((a, b) => compareZh(label(a), label(b)));
}

/** The page of the record an entry is about, when it has one (`/staff/5`, `/policies/<key>` …). */
export function recordPath(entry: Pick<AuditEntry, 'entity' | 'entityId'>): string | null {
  const id = entry.entityId;
  switch (entry.entity) {
    case 'staff':
      return /^\d+$/.test(id) ? `/staff/${id}` : null;
    case 'user':
      return /^\d+$/.test(id) ? `/users/${id}` : null;
    case 'dealer':
      return /^\d+$/.test(id) ? `/dealers/${id}` : null;
    case 'policy': {
      const key = id.split('@')[0] ?? '';
      return /^[a-z0-9_.]+$/.test(key) ? `/policies/${key}` : null;
    }
    default:
      return null;
  }
}

/** The audit list's columns (table, phone cards and export). */
export function auditColumns(t: Translate, te: HasKey, names?: ReadonlyMap<number, string>): ListColumn<AuditEntry>[] {
  return [
    {
      key: 'at',
      label: t('audit.cols.at'),
      minWidth: 160,
      value: (row) => formatTimestamp(row.at),
      export: { kind: 'datetime', value: (row) => row.at },
    },
    {
      key: 'user',
      label: t('audit.cols.user'),
      minWidth: 100,
      card: 'title',
      value: (row) => actorName(t, row, names),
    },
    {
      key: 'entity',
      label: t('audit.cols.entity'),
      minWidth: 100,
      value: (row) => enumLabel(t, te, 'auditEntity', row.entity),
    },
    { key: 'entityId', label: t('audit.cols.entityId'), minWidth: 90 },
    {
      key: 'action',
      label: t('audit.cols.action'),
      minWidth: 100,
      value: (row) => enumLabel(t, te, 'auditAction', row.action),
    },
    {
      key: 'changes',
      label: t('audit.cols.changes'),
      minWidth: 220,
      value: (row) =>
        changeRows(row)
          .map((c) => fieldLabel(t, te, row.entity, c.field))
          .join('、'),
    },
    {
      key: 'details',
      label: t('audit.cols.details'),
      exportOnly: true,
      export: {
        value: (row) =>
          changeRows(row)
            .map(
              (c) =>
                `${fieldLabel(t, te, row.entity, c.field)}: ${formatFieldValue(t, te, row.entity, c.field, c.before, row.before)} → ${formatFieldValue(t, te, row.entity, c.field, c.after, row.after)}`,
            )
            .join('\n'),
      },
    },
  ];
}
