import { del, get, post, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type LeaveRecord = Schemas['LeaveRecord'];
export type LeaveList = Schemas['LeaveList'];
export type LeaveInput = Schemas['LeaveInput'];
export type LeaveKind = Schemas['LeaveKind'];
export type ListLeaveQuery = QueryOf<'listLeave'>;

/** Everyone's leave sharing a day with `from`–`to` (both default to today). */
export function listLeave(query: ListLeaveQuery, options?: RequestOptions): Promise<LeaveList> {
  return get<LeaveList>('/leave', query, options);
}

/** One member's leave, latest first. */
export function listStaffLeave(staffId: number, options?: RequestOptions): Promise<LeaveList> {
  return get<LeaveList>(`/staff/${staffId}/leave`, undefined, options);
}

/** Records leave; overlapping leave is FAILED_PRECONDITION with `from: overlaps_leave`. */
export function recordLeave(staffId: number, body: LeaveInput, options?: RequestOptions): Promise<LeaveRecord> {
  return post<LeaveRecord>(`/staff/${staffId}/leave`, body, options);
}

/** Deletes a leave record of this member. */
export function deleteLeave(staffId: number, leaveId: number, options?: RequestOptions): Promise<void> {
  return del<void>(`/staff/${staffId}/leave/${leaveId}`, options);
}
