import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import type { AuditEntry } from '@/modules/audit/api';
import {
  actionOptions,
  actorName,
  auditColumns,
  changeRows,
  changedKeys,
  entityOptions,
  fieldLabel,
  formatFieldValue,
  prettyJson,
  recordPath,
} from './data';

setLocale('zh-CN');
const t = (key: string, values?: Record<string, unknown>): string => i18n.global.t(key, values ?? {});
const te = (key: string): boolean => i18n.global.te(key);

function entry(fields: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    at: '2026-03-01T02:03:04Z',
    displayName: null,
    entity: 'staff',
    entityId: '5',
    action: 'update',
    ...fields,
  };
}

describe('audit before/after helpers', () => {
  it('pretty-prints objects and keeps null', () => {
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyJson(null)).toBeNull();
  });

  it('lists changed keys in the record order', () => {
    expect(changedKeys({ name: 'A', grade: 'intern' }, { name: 'A', grade: 'technician', version: 2 })).toEqual([
      'grade',
      'version',
    ]);
    expect(changedKeys(null, { id: 1 })).toEqual(['id']);
  });

  it('summarises changes without internal fields and without nothing-to-nothing lines', () => {
    const rows = changeRows(
      entry({
        before: { grade: 'intern', version: 3, leftOn: null, roles: [] },
        after: { grade: 'technician', version: 4, leftOn: null, roles: [], clientIp: '10.0.0.1' },
      }),
    );
    expect(rows).toEqual([{ field: 'grade', before: 'intern', after: 'technician' }]);
    expect(changeRows(entry({ before: null, after: { leftOn: null, roles: [], name: '王磊' } }))).toEqual([
      { field: 'name', before: undefined, after: '王磊' },
    ]);
  });
});

describe('audit presentation', () => {
  it("names people, not logins; the system is 系统; a failed login's actor is not logged in", () => {
    expect(actorName(t, { displayName: '王建国', username: 'head', userId: 1, action: 'update' })).toBe('王建国');
    expect(actorName(t, { username: 'head', userId: 1, action: 'update' }, new Map([[1, '王建国']]))).toBe('王建国');
    expect(actorName(t, { username: 'head', userId: 1, action: 'update' })).toBe('head');
    expect(actorName(t, { username: 'system', userId: null, action: 'create' })).toBe('系统');
    expect(actorName(t, { username: null, userId: null, action: 'login_failed' })).toBe('未登录用户');
  });

  it('labels fields per entity, then the common ones, else shows the name', () => {
    expect(fieldLabel(t, te, 'staff', 'hireDate')).toBe('入职日期');
    expect(fieldLabel(t, te, 'user', 'displayName')).toBe('姓名');
    expect(fieldLabel(t, te, 'dealer', 'city')).toBe('城市');
    expect(fieldLabel(t, te, 'policy', 'reason')).toBe('原因');
    expect(fieldLabel(t, te, 'staff', 'somethingNew')).toBe('somethingNew');
  });

  it('formats values as people read them', () => {
    expect(formatFieldValue(t, te, 'staff', 'grade', 'technician', null)).toBe('客服技术员');
    expect(formatFieldValue(t, te, 'staff', 'roles', ['driver', 'clerk'], null)).toBe('司机、内勤');
    expect(formatFieldValue(t, te, 'staff', 'roles', [], null)).toBe('无');
    expect(formatFieldValue(t, te, 'staff', 'status', 'left', null)).toBe('已离职');
    expect(formatFieldValue(t, te, 'user', 'active', false, null)).toBe('否');
    expect(formatFieldValue(t, te, 'staff', 'leftOn', null, null)).toBe('—');
    expect(formatFieldValue(t, te, 'policy', 'value', 3500, { unit: 'fen' })).toBe('35.00 元');
    expect(formatFieldValue(t, te, 'policy', 'value', 660, { unit: 'minute_of_day' })).toBe('11:00');
    expect(formatFieldValue(t, te, 'policy', 'key', 'expense.meal.jinan.lunch_fen', null)).toBe('济南市内午餐补助');
  });

  it('offers entity types and actions as localized options, by pinyin', () => {
    const events = [
      { entity: 'user', action: 'login' },
      { entity: 'staff', action: 'leave' },
      { entity: 'staff', action: 'create' },
      { entity: 'dealer', action: 'create' },
    ];
    const entity = (e: string) => t(`enums.auditEntity.${e}`);
    const action = (a: string) => t(`enums.auditAction.${a}`);
    // 经销商 (jing) < 用户 (yong) < 员工 (yuan)
    expect(entityOptions(events, entity)).toEqual(['dealer', 'user', 'staff']);
    // 离职 (li) < 新增 (xin)
    expect(actionOptions(events, 'staff', action)).toEqual(['leave', 'create']);
    expect(actionOptions(events, '', action)).toEqual(['login', 'leave', 'create']);
  });

  it('links an entry to its record where the record has a page', () => {
    expect(recordPath({ entity: 'staff', entityId: '5' })).toBe('/staff/5');
    expect(recordPath({ entity: 'user', entityId: '2' })).toBe('/users/2');
    expect(recordPath({ entity: 'policy', entityId: 'grade.intern.internship_months@2026-01-01' })).toBe(
      '/policies/grade.intern.internship_months',
    );
    expect(recordPath({ entity: 'user', entityId: 'someone' })).toBeNull();
    expect(recordPath({ entity: 'session', entityId: '1' })).toBeNull();
  });

  it('exports the time as a date-time and the changes in detail', () => {
    const columns = auditColumns(t, te);
    const details = columns.find((c) => c.key === 'details');
    const row = entry({ before: { grade: 'intern' }, after: { grade: 'technician' } });
    expect(details?.exportOnly).toBe(true);
    expect(details?.export && details.export.value?.(row)).toBe('职级: 客服实习员 → 客服技术员');
    expect(columns.find((c) => c.key === 'at')?.export).toMatchObject({ kind: 'datetime' });
  });
});
