// R-VEH-2: the maintenance form's rules and the reminder texts, at the server's edges.
import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import type { MaintenanceReminder } from '@/modules/fleet/api';
import {
  daysBetween,
  dueDistanceText,
  dueTagType,
  emptyMaintenanceForm,
  keyedReminders,
  maintenanceFormRules,
  maintenanceInputOf,
} from './maintenance-data';

const t = (key: string, values?: Record<string, unknown>): string =>
  values ? `${key}(${Object.values(values).join(',')})` : key;
const TODAY = '2026-11-27';

async function run(rules: unknown, value: unknown): Promise<string> {
  const list = (Array.isArray(rules) ? rules : [rules]) as RuleItem[];
  for (const rule of list) {
    if (rule.required && (value === '' || value === undefined || (typeof value === 'string' && value.trim() === '')))
      return String(rule.message);
    if (rule.max !== undefined && typeof value === 'string' && value.length > rule.max) return String(rule.message);
    if (rule.validator) {
      const message = await new Promise<string>((resolve) => {
        void rule.validator?.(
          rule,
          value,
          (error?: string | Error) => resolve(error instanceof Error ? error.message : (error ?? '')),
          {},
          {},
        );
      });
      if (message) return message;
    }
  }
  return '';
}

function reminder(over: Partial<MaintenanceReminder>): MaintenanceReminder {
  return {
    vehicleId: 1,
    vehiclePlate: '鲁A·3K721',
    kind: 'service',
    dueOn: null,
    dueKm: null,
    currentKm: null,
    status: 'not_due',
    ...over,
  };
}

describe('maintenance form', () => {
  it('takes a cost of 0 to 200000 yuan with at most two decimals, as the server does', async () => {
    const form = emptyMaintenanceForm(TODAY);
    const rules = maintenanceFormRules(t, form, TODAY);
    expect(await run(rules.cost, '')).toBe('validation.required');
    expect(await run(rules.cost, '0')).toBe('');
    expect(await run(rules.cost, '680.50')).toBe('');
    expect(await run(rules.cost, '200000')).toBe('');
    expect(await run(rules.cost, '200000.01')).toBe('validation.out_of_range');
    expect(await run(rules.cost, '-1')).toBe('validation.must_not_be_negative');
    expect(await run(rules.cost, '10.005')).toBe('validation.invalid_money');
    expect(await run(rules.cost, '12元')).toBe('validation.invalid_money');
  });

  it('refuses a day after today and a next due that is not after the record', async () => {
    const form = { ...emptyMaintenanceForm(TODAY), doneOn: '2026-11-20', odometerKm: 20_000 };
    const rules = maintenanceFormRules(t, form, TODAY);
    expect(await run(rules.doneOn, TODAY)).toBe('');
    expect(await run(rules.doneOn, '2026-11-28')).toBe('validation.in_future');
    expect(await run(rules.nextDueOn, '')).toBe('');
    expect(await run(rules.nextDueOn, '2026-11-20')).toBe('validation.not_after_done');
    expect(await run(rules.nextDueOn, '2026-11-21')).toBe('');
    expect(await run(rules.nextDueKm, undefined)).toBe('');
    expect(await run(rules.nextDueKm, 20_000)).toBe('validation.not_after_done');
    expect(await run(rules.nextDueKm, 20_001)).toBe('');
    expect(await run(rules.nextDueKm, 2_000_001)).toBe('validation.out_of_range');
    expect(await run(rules.odometerKm, undefined)).toBe('validation.required');
    expect(await run(rules.notes, 'x'.repeat(1001))).toBe('validation.client.maxLength(1000)');
  });

  it('starts at today with the proposed kind and the known km', () => {
    expect(emptyMaintenanceForm(TODAY, 'insurance', 61_200)).toMatchObject({
      kind: 'insurance',
      doneOn: TODAY,
      odometerKm: 61_200,
      cost: '',
    });
    expect(emptyMaintenanceForm(TODAY).odometerKm).toBeUndefined();
  });

  it('sends the cost as the yuan string and leaves out what is empty', () => {
    const form = { ...emptyMaintenanceForm(TODAY), odometerKm: 43_100, cost: ' 680.5 ', notes: '  ' };
    expect(maintenanceInputOf(form)).toEqual({ kind: 'service', doneOn: TODAY, odometerKm: 43_100, cost: '680.5' });
    expect(maintenanceInputOf({ ...form, notes: ' 机油 ', nextDueOn: '2027-05-27', nextDueKm: 48_100 })).toEqual({
      kind: 'service',
      doneOn: TODAY,
      odometerKm: 43_100,
      cost: '680.5',
      notes: '机油',
      nextDueOn: '2027-05-27',
      nextDueKm: 48_100,
    });
  });
});

describe('reminders', () => {
  it('are red when overdue, amber when due soon', () => {
    expect(dueTagType('overdue')).toBe('danger');
    expect(dueTagType('due_soon')).toBe('warning');
    expect(dueTagType('not_due')).toBe('success');
  });

  it('say how far off they are, by date and by km', () => {
    expect(daysBetween('2026-11-27', '2026-12-09')).toBe(12);
    expect(daysBetween('2026-11-27', '2026-11-22')).toBe(-5);
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(dueDistanceText(t, reminder({ dueOn: '2026-11-22' }), TODAY)).toBe('maintenance.due.daysOverdue(5)');
    expect(dueDistanceText(t, reminder({ dueOn: TODAY }), TODAY)).toBe('maintenance.due.today');
    expect(dueDistanceText(t, reminder({ dueOn: '2026-12-09' }), TODAY)).toBe('maintenance.due.inDays(12)');
    expect(dueDistanceText(t, reminder({ dueKm: 20_000, currentKm: 20_352 }), TODAY)).toBe(
      'maintenance.due.kmOver(352)',
    );
    expect(dueDistanceText(t, reminder({ dueOn: '2026-12-09', dueKm: 21_000, currentKm: 20_352 }), TODAY)).toBe(
      'maintenance.due.inDays(12) · maintenance.due.kmLeft(648)',
    );
    // No trips, no km known: only the date side.
    expect(dueDistanceText(t, reminder({ dueKm: 21_000, currentKm: null }), TODAY)).toBe('');
  });

  it('list overdue first, keep the order within a status, and key rows by vehicle and kind', () => {
    const rows = keyedReminders([
      reminder({ vehicleId: 1, kind: 'insurance', status: 'due_soon' }),
      reminder({ vehicleId: 2, kind: 'service', status: 'overdue' }),
      reminder({ vehicleId: 1, kind: 'service', status: 'due_soon' }),
      reminder({ vehicleId: 3, kind: 'annual_inspection', status: 'overdue' }),
    ]);
    expect(rows.map((r) => r.key)).toEqual(['2-service', '3-annual_inspection', '1-insurance', '1-service']);
  });
});
