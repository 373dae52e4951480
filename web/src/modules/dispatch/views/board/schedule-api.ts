import { get, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type DaySchedule = Schemas['DaySchedule'];
export type ScheduledRoute = Schemas['ScheduledRoute'];
export type CrewJob = Schemas['CrewJob'];
export type DayScheduleQuery = QueryOf<'getDaySchedule'>;

/** A day as scheduled, one route per crew (lead) with its jobs in window order (the board's map). */
export function getDaySchedule(query: DayScheduleQuery, options?: RequestOptions): Promise<DaySchedule> {
  return get<DaySchedule>('/dispatch/schedule', query, options);
}
