import { get, post, put, type RequestOptions } from '@/api/client';
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
