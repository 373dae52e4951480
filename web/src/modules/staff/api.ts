import { del, get, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Staff = Schemas['Staff'];
export type StaffInput = Schemas['StaffInput'];
export type StaffUpdate = Schemas['StaffUpdate'];
export type StaffPage = Schemas['StaffPage'];
export type Grade = Schemas['Grade'];
export type StaffStatus = Schemas['StaffStatus'];
export type Eligibility = Schemas['Eligibility'];
export type EligibilityPage = Schemas['EligibilityPage'];
export type PromotionRequest = Schemas['PromotionRequest'];
export type ReasonInput = Schemas['ReasonInput'];
export type GradeChange = Schemas['GradeChange'];
export type PromotionRequestInput = Schemas['PromotionRequestInput'];
export type Approval = Schemas['Approval'];
export type ListStaffQuery = QueryOf<'listStaff'>;
export type ListEligibleQuery = QueryOf<'listEligibleStaff'>;

/** One page of staff, searched with `q` and filtered by grade and status. */
export function listStaff(query: ListStaffQuery, options?: RequestOptions): Promise<StaffPage> {
  return get<StaffPage>('/staff', query, options);
}

/** One staff member. */
export function getStaff(id: number): Promise<Staff> {
  return get<Staff>(`/staff/${id}`);
}

/** Adds a staff member. */
export function createStaff(body: StaffInput, options?: RequestOptions): Promise<Staff> {
  return post<Staff>('/staff', body, options);
}

/** Updates a staff member's record; `version` must be the one last read. */
export function updateStaff(id: number, body: StaffUpdate, options?: RequestOptions): Promise<Staff> {
  return put<Staff>(`/staff/${id}`, body, options);
}

/**
 * Marks a staff member as left (离职) from `leftOn` (YYYY-MM-DD; not in the future, not before the
 * hire date); their account is disabled and its sessions end in the same transaction. The record
 * stays; a stale `version` is refused with ABORTED.
 */
export function deleteStaff(id: number, version: number, leftOn: string, options?: RequestOptions): Promise<Staff> {
  const query = new URLSearchParams({ version: String(version), leftOn });
  return del<Staff>(`/staff/${id}?${query.toString()}`, options);
}

/** Active staff who are eligible for a higher grade today. */
export function listEligibleStaff(query: ListEligibleQuery, options?: RequestOptions): Promise<EligibilityPage> {
  return get<EligibilityPage>('/staff/eligible', query, options);
}

/** Whether a staff member may be promoted today. */
export function getStaffEligibility(id: number): Promise<Eligibility> {
  return get<Eligibility>(`/staff/${id}/eligibility`);
}

/** Promotes a staff member (override with a reason when the rule is not met). */
export function promoteStaff(id: number, body: PromotionRequest, options?: RequestOptions): Promise<Staff> {
  return post<Staff>(`/staff/${id}/promotions`, body, options);
}

/** Asks leadership to promote although the tenure rule is not met; the request lands in the inbox. */
export function requestPromotionOverride(
  id: number,
  body: PromotionRequestInput,
  options?: RequestOptions,
): Promise<Approval> {
  return post<Approval>(`/staff/${id}/promotion-requests`, body, options);
}

/** Ends an intern's internship early (head only, with a reason). */
export function endInternship(id: number, body: ReasonInput, options?: RequestOptions): Promise<Staff> {
  return post<Staff>(`/staff/${id}/internship-end`, body, options);
}

/** Grade history of a staff member, newest first. */
export function listGradeChanges(id: number): Promise<GradeChange[]> {
  return get<GradeChange[]>(`/staff/${id}/grade-changes`);
}
