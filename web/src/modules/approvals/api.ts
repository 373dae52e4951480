import { get, post, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Approval = Schemas['Approval'];
export type ApprovalPage = Schemas['ApprovalPage'];
export type ApprovalStatus = Schemas['ApprovalStatus'];
export type DecisionInput = Schemas['DecisionInput'];
export type ListApprovalsQuery = QueryOf<'listApprovals'>;

/** The inbox, newest first, optionally by status. */
export function listApprovals(query: ListApprovalsQuery, options?: RequestOptions): Promise<ApprovalPage> {
  return get<ApprovalPage>('/approvals', query, options);
}

/** One request. */
export function getApproval(id: number, options?: RequestOptions): Promise<Approval> {
  return get<Approval>(`/approvals/${id}`, undefined, options);
}

/** Approves (carried out at once) or rejects with a reason; `version` as last read. */
export function decideApproval(id: number, body: DecisionInput, options?: RequestOptions): Promise<Approval> {
  return post<Approval>(`/approvals/${id}/decision`, body, options);
}
