import type { FormRules } from 'element-plus';
import type { ListColumn } from '@/components/data-list';
import type { FieldViolation } from '@/api/api-error';
import type { TripFlag, TripLog, TripLogInput, TripReportFormat } from '@/modules/fleet/api';
import { isRealDate } from '@/utils/dates';
import { formatScaled, parseScaled } from '@/utils/decimal';
import { formatTimestamp, parseMinuteOfDay, parseYuanToFen } from '@/utils/format';
import { XLSX_MIME } from '@/utils/xlsx';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

/** The server's limits of a trip (fleet/trip_log.hpp). */
export const TRIP_LIMITS = {
  odometerMaxKm: 9_999_999,
  tripMaxKm: 5_000,
  fuelMaxCl: 100_000,
  textMax: 200,
  moneyMaxFen: 1_000_000,
} as const;

/** The trip list's filters, as the URL carries them ('' = any). */
export interface TripFilters {
  [key: string]: string;
  from: string;
  to: string;
}

/** Fuel in litres for display ("35.5"), from the API's centilitres. */
export const formatLitres = (centilitres: number): string => formatScaled(centilitres, 2);

/** A trip's time in China, without seconds ("2026-11-27 12:30"). */
export const formatTripTime = (iso: string): string => formatTimestamp(iso).slice(0, 16);

/** The trip list's columns (table, phone cards and export). */
export function tripColumns(t: Translate): ListColumn<TripLog>[] {
  return [
    {
      key: 'departedAt',
      label: t('trips.fields.departedAt'),
      minWidth: 140,
      card: 'title',
      value: (row) => `${formatTripTime(row.departedAt)} ${row.vehiclePlate}`,
    },
    { key: 'vehiclePlate', label: t('trips.fields.vehicle'), minWidth: 110, card: 'hidden' },
    { key: 'driverName', label: t('trips.fields.driver'), minWidth: 90 },
    {
      key: 'returnedAt',
      label: t('trips.fields.returnedAt'),
      minWidth: 140,
      value: (row) => formatTripTime(row.returnedAt),
    },
    {
      key: 'odometer',
      label: t('trips.fields.odometer'),
      minWidth: 140,
      value: (row) => `${row.odometerOutKm} → ${row.odometerInKm}`,
    },
    {
      key: 'distanceKm',
      label: t('trips.fields.distanceKm'),
      minWidth: 80,
      align: 'right',
      export: { kind: 'number', value: (row) => row.distanceKm },
    },
    { key: 'destinations', label: t('trips.fields.destinations'), minWidth: 160 },
    { key: 'purpose', label: t('trips.fields.purpose'), minWidth: 120 },
    {
      key: 'fuelCl',
      label: t('trips.fields.fuelLitres'),
      minWidth: 90,
      align: 'right',
      value: (row) => formatLitres(row.fuelCl),
      export: { kind: 'number', value: (row) => Number(formatLitres(row.fuelCl) || 0) },
    },
    { key: 'fuelAmount', label: t('trips.fields.fuelAmount'), minWidth: 90, align: 'right' },
    { key: 'toll', label: t('trips.fields.toll'), minWidth: 80, align: 'right' },
    { key: 'parking', label: t('trips.fields.parking'), minWidth: 80, align: 'right' },
  ];
}

/** What one flag says, localized: the job without a log, or the km between two trips. */
export function flagText(t: Translate, flag: TripFlag): string {
  return flag.kind === 'missing_log'
    ? t('trips.flags.missingLog', { plate: flag.vehiclePlate, date: flag.date, job: flag.jobNumber ?? '' })
    : t('trips.flags.odometerGap', { plate: flag.vehiclePlate, date: flag.date, km: flag.gapKm });
}

/** Fields of the trip form whose server errors it shows, in order. */
export const TRIP_FORM_FIELDS = [
  'vehicleId',
  'jobIds',
  'departedAt',
  'returnedAt',
  'odometerOutKm',
  'odometerInKm',
  'destinations',
  'purpose',
  'fuelCl',
  'fuelAmount',
  'toll',
  'parking',
] as const;

/** What the trip form edits: a day, two times on it (return may be the next day), km and costs. */
export interface TripFormModel {
  date: string;
  vehicleId: number | undefined;
  jobIds: number[];
  departedAt: string;
  returnedAt: string;
  /** The return is on the day after `date` (a late trip). */
  returnsNextDay: boolean;
  odometerOutKm: number | undefined;
  odometerInKm: number | undefined;
  destinations: string;
  purpose: string;
  /** Litres as typed, up to two decimals. */
  fuelLitres: string;
  fuelAmount: string;
  toll: string;
  parking: string;
}

/** An empty trip form on `date`. */
export function emptyTripForm(date: string): TripFormModel {
  return {
    date,
    vehicleId: undefined,
    jobIds: [],
    departedAt: '',
    returnedAt: '',
    returnsNextDay: false,
    odometerOutKm: undefined,
    odometerInKm: undefined,
    destinations: '',
    purpose: '',
    fuelLitres: '',
    fuelAmount: '',
    toll: '',
    parking: '',
  };
}

/** A YYYY-MM-DD date `days` later. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day after a YYYY-MM-DD date. */
export const nextDay = (date: string): string => addDays(date, 1);

/** The request body of a checked form: times with China's offset, fuel in centilitres. */
export function tripInputOf(form: TripFormModel): TripLogInput {
  const returnDay = form.returnsNextDay ? nextDay(form.date) : form.date;
  const body: TripLogInput = {
    vehicleId: form.vehicleId ?? 0,
    departedAt: `${form.date}T${form.departedAt}:00+08:00`,
    returnedAt: `${returnDay}T${form.returnedAt}:00+08:00`,
    odometerOutKm: form.odometerOutKm ?? 0,
    odometerInKm: form.odometerInKm ?? 0,
    jobIds: form.jobIds,
    destinations: form.destinations.trim(),
    purpose: form.purpose.trim(),
    fuelCl: form.fuelLitres.trim() ? (parseScaled(form.fuelLitres, 2) ?? 0) : 0,
  };
  if (form.fuelAmount.trim()) body.fuelAmount = form.fuelAmount.trim();
  if (form.toll.trim()) body.toll = form.toll.trim();
  if (form.parking.trim()) body.parking = form.parking.trim();
  return body;
}

function moneyRule(t: Translate) {
  return {
    validator: ((_rule, value, callback) => {
      const text = String(value ?? '').trim();
      if (!text) return callback();
      const fen = parseYuanToFen(text);
      if (fen === null) callback(new Error(t('validation.invalid_money')));
      else if (fen < 0 || fen > TRIP_LIMITS.moneyMaxFen) callback(new Error(t('validation.out_of_range')));
      else callback();
    }) as Validator,
    trigger: 'blur',
  };
}

function timeRule(t: Translate) {
  return {
    validator: ((_rule, value, callback) => {
      if (parseMinuteOfDay(String(value ?? '')) === null) callback(new Error(t('validation.required')));
      else callback();
    }) as Validator,
    trigger: 'change',
  };
}

/** Client-side rules of the trip form, as the server checks them (fleet/trip_log.cpp). */
export function tripFormRules(t: Translate, form: TripFormModel): FormRules {
  return {
    vehicleId: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    departedAt: [timeRule(t)],
    returnedAt: [
      timeRule(t),
      {
        validator: ((_rule, _value, callback) => {
          const out = parseMinuteOfDay(form.departedAt);
          const back = parseMinuteOfDay(form.returnedAt);
          if (out !== null && back !== null && !form.returnsNextDay && back <= out) {
            callback(new Error(t('validation.before_departure')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    odometerOutKm: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    odometerInKm: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      {
        validator: ((_rule, value, callback) => {
          if (typeof value === 'number' && form.odometerOutKm !== undefined && value < form.odometerOutKm) {
            callback(new Error(t('validation.below_odometer_out')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    destinations: [
      {
        validator: ((_rule, value, callback) => {
          if (form.jobIds.length === 0 && !String(value ?? '').trim()) callback(new Error(t('validation.required')));
          else callback();
        }) as Validator,
        trigger: 'blur',
      },
    ],
    fuelLitres: [
      {
        validator: ((_rule, value, callback) => {
          const text = String(value ?? '').trim();
          if (!text) return callback();
          const cl = parseScaled(text, 2);
          if (cl === null || cl < 0 || cl > TRIP_LIMITS.fuelMaxCl) callback(new Error(t('validation.out_of_range')));
          else callback();
        }) as Validator,
        trigger: 'blur',
      },
    ],
    fuelAmount: [moneyRule(t)],
    toll: [moneyRule(t)],
    parking: [moneyRule(t)],
  };
}

/** The longest period one trip report covers (fleet/trip_report.hpp kTripReportMaxDays). */
export const TRIP_REPORT_MAX_DAYS = 366;

/** The calendar month of a YYYY-MM-DD day: its first and its last day (the report's default). */
export function monthPeriod(today: string): { from: string; to: string } {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = today.slice(0, 7);
  return { from: `${prefix}-01`, to: `${prefix}-${String(last).padStart(2, '0')}` };
}

/**
 * What the server would refuse in a report period, with its field names and reasons: a missing or
 * impossible date, `to` before `from`, more than 366 days. Empty when the period is fine.
 */
export function checkReportPeriod(from: string, to: string): FieldViolation[] {
  const out: FieldViolation[] = [];
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!value) out.push({ field, reason: 'required' });
    else if (!isRealDate(value)) out.push({ field, reason: 'invalid_date' });
  }
  if (out.length > 0) return out;
  if (to < from) out.push({ field: 'to', reason: 'before_from' });
  else if (to > addDays(from, TRIP_REPORT_MAX_DAYS - 1)) out.push({ field: 'to', reason: 'out_of_range' });
  return out;
}

/** The report file's MIME type and name, as the server names it (trip-report-<from>-<to>.pdf). */
export function tripReportFile(format: TripReportFormat, from: string, to: string): { name: string; mime: string } {
  return {
    name: `trip-report-${from}-${to}.${format}`,
    mime: format === 'pdf' ? 'application/pdf' : XLSX_MIME,
  };
}
