import { get, getBytes, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Vehicle = Schemas['Vehicle'];
export type VehiclePage = Schemas['VehiclePage'];
export type VehicleInput = Schemas['VehicleInput'];
export type VehicleUpdate = Schemas['VehicleUpdate'];
export type VehicleStatus = Schemas['VehicleStatus'];
export type ListVehiclesQuery = QueryOf<'listVehicles'>;

/** One page of vehicles by plate, searched with `q` and filtered by status. */
export function listVehicles(query: ListVehiclesQuery, options?: RequestOptions): Promise<VehiclePage> {
  return get<VehiclePage>('/vehicles', query, options);
}

/** One vehicle. */
export function getVehicle(id: number, options?: RequestOptions): Promise<Vehicle> {
  return get<Vehicle>(`/vehicles/${id}`, undefined, options);
}

/** Adds a vehicle; the plate is stored in its canonical form (鲁A·12345). */
export function createVehicle(body: VehicleInput, options?: RequestOptions): Promise<Vehicle> {
  return post<Vehicle>('/vehicles', body, options);
}

/** Replaces a vehicle's fields, status and usual driver; `version` as last read. */
export function updateVehicle(id: number, body: VehicleUpdate, options?: RequestOptions): Promise<Vehicle> {
  return put<Vehicle>(`/vehicles/${id}`, body, options);
}

export type TripLog = Schemas['TripLog'];
export type TripLogPage = Schemas['TripLogPage'];
export type TripLogInput = Schemas['TripLogInput'];
export type TripDay = Schemas['TripDay'];
export type TripDayJob = Schemas['TripDayJob'];
export type TripFlag = Schemas['TripFlag'];
export type TripFlagList = Schemas['TripFlagList'];
export type ListTripLogsQuery = QueryOf<'listTripLogs'>;
export type ListTripFlagsQuery = QueryOf<'listTripLogFlags'>;

/** One page of trip logs, newest departure first. */
export function listTripLogs(query: ListTripLogsQuery, options?: RequestOptions): Promise<TripLogPage> {
  return get<TripLogPage>('/trip-logs', query, options);
}

/** Records a trip (the caller's own unless driverStaffId names another driver). */
export function createTripLog(body: TripLogInput, options?: RequestOptions): Promise<TripLog> {
  return post<TripLog>('/trip-logs', body, options);
}

/** The caller's jobs of a day and the vehicle to propose on the trip form. */
export function getMyTripDay(date: string, options?: RequestOptions): Promise<TripDay> {
  return get<TripDay>('/trip-logs/my-day', { date }, options);
}

/** Missing trip logs and odometer gaps, for the head. */
export function listTripFlags(query: ListTripFlagsQuery, options?: RequestOptions): Promise<TripFlagList> {
  return get<TripFlagList>('/trip-logs/flags', query, options);
}

export type VehicleViolation = Schemas['VehicleViolation'];
export type VehicleViolationList = Schemas['VehicleViolationList'];
export type VehicleViolationInput = Schemas['VehicleViolationInput'];
export type ViolationKind = Schemas['ViolationKind'];

/** Violations and damage (only the head, finance and leadership may read them). */
export function listVehicleViolations(
  vehicleId: number | undefined,
  options?: RequestOptions,
): Promise<VehicleViolationList> {
  return get<VehicleViolationList>('/vehicle-violations', vehicleId ? { vehicleId } : undefined, options);
}

/** Records a violation or damage against a driver, decided by the head (R-VEH-3). */
export function createVehicleViolation(
  body: VehicleViolationInput,
  options?: RequestOptions,
): Promise<VehicleViolation> {
  return post<VehicleViolation>('/vehicle-violations', body, options);
}

export type MaintenanceKind = Schemas['MaintenanceKind'];
export type DueStatus = Schemas['DueStatus'];
export type MaintenanceReminder = Schemas['MaintenanceReminder'];
export type MaintenanceRecord = Schemas['MaintenanceRecord'];
export type MaintenanceRecordInput = Schemas['MaintenanceRecordInput'];
export type VehicleMaintenance = Schemas['VehicleMaintenance'];

/** Due items overdue or due soon across the fleet, overdue first (R-VEH-2). */
export async function listMaintenanceReminders(options?: RequestOptions): Promise<MaintenanceReminder[]> {
  return (await get<Schemas['MaintenanceReminderList']>('/maintenance-reminders', undefined, options)).items;
}

/** A vehicle's due items (due or not) and its maintenance records, newest first. */
export function getVehicleMaintenance(id: number, options?: RequestOptions): Promise<VehicleMaintenance> {
  return get<VehicleMaintenance>(`/vehicles/${id}/maintenance`, undefined, options);
}

/** Records a maintenance; its next due date / km becomes the vehicle's due item of that kind. */
export function recordVehicleMaintenance(
  id: number,
  body: MaintenanceRecordInput,
  options?: RequestOptions,
): Promise<MaintenanceRecord> {
  return post<MaintenanceRecord>(`/vehicles/${id}/maintenance`, body, options);
}

export type TripReportFormat = 'pdf' | 'xlsx';
export type TripReportQuery = QueryOf<'getTripReportPdf'>;

/** The trip records report (R-RPT-4) of a period, optionally of one vehicle, as file bytes. */
export function getTripReport(
  format: TripReportFormat,
  query: TripReportQuery,
  options?: RequestOptions,
): Promise<ArrayBuffer> {
  return getBytes(`/trip-logs/report.${format}`, query, options);
}
