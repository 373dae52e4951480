import type { FormRules } from 'element-plus';
import { vehicleStatusValues } from '@/api/schema';
import type { ListColumn } from '@/components/data-list';
import type { Vehicle, VehicleInput, VehicleStatus } from '@/modules/fleet/api';
import { formatScaled } from '@/utils/decimal';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const VEHICLE_STATUSES: readonly VehicleStatus[] = vehicleStatusValues;

/** Whether a URL value is a vehicle status (for the list's filter). */
export const isVehicleStatus = (value: string): value is VehicleStatus =>
  (VEHICLE_STATUSES as readonly string[]).includes(value);

/** The server's limits of a vehicle (fleet/vehicle.hpp). */
export const VEHICLE_LIMITS = { modelMax: 50, volumeMaxL: 100_000, payloadMaxKg: 50_000, seatsMax: 9 } as const;

// The provinces' one-character abbreviations on mainland plates, as the server knows them.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/**
 * The canonical form of a plate, as the server stores it (fleet/vehicle.cpp NormalizePlate):
 * "鲁a 3k721" → "鲁A·3K721"; null when it is not a mainland plate.
 */
export function normalizePlate(text: string): string | null {
  const match = /^(.)([A-Za-z])(?:·|\s|-|\.)?([A-Za-z0-9]{5,6})(挂)?$/u.exec(text.trim());
  if (!match) return null;
  const [, province = '', office = '', serial = '', trailer = ''] = match;
  if (!PROVINCES.includes(province)) return null;
  const upperOffice = office.toUpperCase();
  const upperSerial = serial.toUpperCase();
  if (/[IO]/.test(upperOffice + upperSerial)) return null;
  return `${province}${upperOffice}·${upperSerial}${trailer}`;
}

/** The vehicle list's filters, as the URL carries them ('' = any). */
export interface VehicleFilters {
  [key: string]: string;
  q: string;
  status: VehicleStatus | '';
}

/** Element Plus tag type per status: in service green, maintenance orange, retired grey. */
export function statusTagType(status: VehicleStatus): 'success' | 'warning' | 'info' {
  return status === 'in_service' ? 'success' : status === 'maintenance' ? 'warning' : 'info';
}

/** Cargo space for display in m³ ("10.5"), from the API's litres. */
export const formatCargo = (litres: number): string => formatScaled(litres, 3);

/** The vehicle list's columns (table, phone cards and export). */
export function vehicleColumns(t: Translate): ListColumn<Vehicle>[] {
  return [
    { key: 'plate', label: t('fleet.fields.plate'), minWidth: 120, card: 'title', fixed: 'left' },
    { key: 'model', label: t('fleet.fields.model'), minWidth: 200 },
    {
      key: 'status',
      label: t('fleet.fields.status'),
      minWidth: 110,
      value: (row) => t(`enums.vehicleStatus.${row.status}`),
    },
    {
      key: 'volumeL',
      label: t('fleet.fields.volumeM3'),
      minWidth: 100,
      align: 'right',
      value: (row) => formatCargo(row.volumeL),
      export: { kind: 'number', value: (row) => Number(formatCargo(row.volumeL)) },
    },
    {
      key: 'payloadKg',
      label: t('fleet.fields.payloadKg'),
      minWidth: 100,
      align: 'right',
      export: { kind: 'number', value: (row) => row.payloadKg },
    },
    {
      key: 'seats',
      label: t('fleet.fields.seats'),
      minWidth: 70,
      align: 'right',
      export: { kind: 'number', value: (row) => row.seats },
    },
    { key: 'driverName', label: t('fleet.fields.driver'), minWidth: 100, value: (row) => row.driverName ?? '' },
  ];
}

/** Fields of the vehicle form, in the order they are shown. */
export const VEHICLE_FORM_FIELDS = [
  'plate',
  'model',
  'volumeL',
  'payloadKg',
  'seats',
  'status',
  'driverStaffId',
] as const;

/** What the vehicle form edits (cargo space in m³ as a number with up to one decimal… as typed). */
export interface VehicleFormModel {
  plate: string;
  model: string;
  /** Cargo space in m³, as a number input holds it (the API wants whole litres). */
  volumeM3: number;
  payloadKg: number;
  seats: number;
  status: VehicleStatus;
  driverStaffId: number | undefined;
  version: number;
}

/** An empty vehicle form. */
export function emptyVehicleForm(): VehicleFormModel {
  return {
    plate: '',
    model: '',
    volumeM3: 10,
    payloadKg: 1500,
    seats: 3,
    status: 'in_service',
    driverStaffId: undefined,
    version: 0,
  };
}

/** The form of a stored vehicle. */
export function vehicleFormOf(vehicle: Vehicle): VehicleFormModel {
  return {
    plate: vehicle.plate,
    model: vehicle.model,
    volumeM3: vehicle.volumeL / 1000,
    payloadKg: vehicle.payloadKg,
    seats: vehicle.seats,
    status: vehicle.status,
    driverStaffId: vehicle.driverStaffId ?? undefined,
    version: vehicle.version,
  };
}

/** The request body of a checked form: the plate canonical, cargo space in whole litres. */
export function vehicleInputOf(form: VehicleFormModel): VehicleInput {
  return {
    plate: normalizePlate(form.plate) ?? form.plate.trim(),
    model: form.model.trim(),
    volumeL: Math.round(form.volumeM3 * 1000),
    payloadKg: form.payloadKg,
    seats: form.seats,
    status: form.status,
    driverStaffId: form.driverStaffId ?? null,
  };
}

/** Client-side rules of the vehicle form, as the server checks them (fleet/vehicle.cpp). */
export function vehicleFormRules(t: Translate): FormRules {
  return {
    plate: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        validator: ((_rule, value, callback) => {
          const text = String(value ?? '').trim();
          if (text && !normalizePlate(text)) callback(new Error(t('fleet.form.plateFormat')));
          else callback();
        }) as Validator,
        trigger: 'blur',
      },
    ],
    model: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        max: VEHICLE_LIMITS.modelMax,
        message: t('validation.client.maxLength', { n: VEHICLE_LIMITS.modelMax }),
        trigger: 'blur',
      },
    ],
    volumeM3: [
      {
        validator: ((_rule, value, callback) => {
          const litres = Math.round(Number(value) * 1000);
          if (!Number.isFinite(litres) || litres < 1 || litres > VEHICLE_LIMITS.volumeMaxL) {
            callback(new Error(t('validation.out_of_range')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    status: [{ required: true, message: t('validation.required'), trigger: 'change' }],
  };
}
