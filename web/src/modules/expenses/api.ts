import { get, post, upload, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Claim = Schemas['Claim'];
export type ClaimLine = Schemas['ClaimLine'];
export type ClaimReceipt = Schemas['ClaimReceipt'];
export type ClaimPage = Schemas['ClaimPage'];
export type NewClaim = Schemas['NewClaim'];
export type ClaimLineInput = Schemas['ClaimLineInput'];
export type ClaimStatus = Schemas['ClaimStatus'];
export type ClaimEvent = Schemas['ClaimEvent'];
export type ClaimLineKind = Schemas['ClaimLineKind'];
export type FareClass = Schemas['FareClass'];
export type Meal = Schemas['Meal'];
export type AllowanceRule = Schemas['AllowanceRule'];
export type ListClaimsQuery = QueryOf<'listClaims'>;

/** One page of the claims the reader may see, newest first. */
export function listClaims(query: ListClaimsQuery, options?: RequestOptions): Promise<ClaimPage> {
  return get<ClaimPage>('/expense-claims', query, options);
}

/** One claim with its lines. */
export function getClaim(id: number, options?: RequestOptions): Promise<Claim> {
  return get<Claim>(`/expense-claims/${id}`, undefined, options);
}

/** Submits one's own claim; the server computes each line's allowance. */
export function submitClaim(body: NewClaim, options?: RequestOptions): Promise<Claim> {
  return post<Claim>('/expense-claims', body, options);
}

/** Adds a line to one's own submitted claim; the server computes its allowance (R-EXP-7). */
export function addClaimLine(
  id: number,
  line: ClaimLineInput,
  version: number,
  options?: RequestOptions,
): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/lines`, { line, version }, options);
}

/** Removes a line of one's own submitted claim. */
export function removeClaimLine(id: number, lineId: number, version: number): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/lines/${lineId}/remove`, { version });
}

/** Attaches a receipt (JPEG, PNG or PDF) to a line of one's own submitted claim. */
export function addClaimReceipt(id: number, lineId: number, version: number, file: Blob): Promise<Claim> {
  return upload<Claim>(`/expense-claims/${id}/lines/${lineId}/receipts`, file, { version });
}

/** Removes a receipt of one's own submitted claim. */
export function removeClaimReceipt(id: number, receiptId: number, version: number): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/receipts/${receiptId}/remove`, { version });
}

/** A receipt's file (opened in a new tab). */
export function claimReceiptUrl(id: number, receiptId: number): string {
  return `/api/v1/expense-claims/${id}/receipts/${receiptId}`;
}

/** Asks leadership, in the approval inbox, to approve a fare or lodging line (R-EXP-1/5). */
export function requestClaimLineApproval(id: number, lineId: number, reason: string, version: number): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/lines/${lineId}/approval-request`, { reason, version });
}

/** Rejects one line with a reason (the head while submitted, finance once approved). */
export function rejectClaimLine(id: number, lineId: number, reason: string, version: number): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/lines/${lineId}/reject`, { reason, version });
}

/** Approves, pays or rejects (with a reason) a claim. */
export function fireClaimEvent(id: number, event: ClaimEvent, version: number, reason?: string): Promise<Claim> {
  return post<Claim>(`/expense-claims/${id}/events`, { event, version, ...(reason ? { reason } : {}) });
}

/** The claim form's PDF (opened in a new tab). */
export function claimFormUrl(id: number): string {
  return `/api/v1/expense-claims/${id}/form.pdf`;
}

/** Finance's XLSX of every claim line (optionally of one status). */
export function claimsExportUrl(status?: ClaimStatus | ''): string {
  return `/api/v1/expense-claims/export.xlsx${status ? `?status=${status}` : ''}`;
}
