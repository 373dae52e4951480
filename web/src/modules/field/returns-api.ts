import { get, post, type RequestOptions } from '@/api/client';
import type { Schemas } from '@/api/types';

export type ReturnOutcome = Schemas['ReturnOutcome'];
export type ReturnAwaiting = Schemas['ReturnAwaiting'];
export type ReturnCheck = Schemas['ReturnCheck'];
export type ReturnCheckInput = Schemas['ReturnCheckInput'];
export type ReturnList = Schemas['ReturnList'];
export type Charge = Schemas['Charge'];
export type ChargeInput = Schemas['ChargeInput'];
export type ChargeTotal = Schemas['ChargeTotal'];
export type ChargeList = Schemas['ChargeList'];
export type CrewPerson = Schemas['CrewPerson'];

/**
 * Goods back at the factory still waiting for their repacking check, and the checks made from
 * `from` to `to` (China dates; the server defaults to the last 30 days) (R-FLD-9).
 */
export function listReturns(from?: string, to?: string): Promise<ReturnList> {
  return get<ReturnList>('/field/returns', { from, to });
}

/** Records the repacking check of a returned job (a damaged one needs a note and a photo). */
export function checkReturn(input: ReturnCheckInput, options?: RequestOptions): Promise<ReturnCheck> {
  return post<ReturnCheck>('/field/returns', input, options);
}

/** The photo of a return check (JPEG without metadata). */
export function returnPhotoUrl(id: number): string {
  return `/api/v1/field/returns/${id}/photo`;
}

/** Charges the loss of a damaged return to the staff member responsible (the head decides). */
export function chargeReturn(id: number, input: ChargeInput, options?: RequestOptions): Promise<Charge> {
  return post<Charge>(`/field/returns/${id}/charges`, input, options);
}

/** The repacking charges decided in a period, newest first, with each person's total. */
export function listCharges(from?: string, to?: string): Promise<ChargeList> {
  return get<ChargeList>('/field/charges', { from, to });
}

/** Withdraws a charge decided in error, with the head's reason; it stays listed and counts no more. */
export function withdrawCharge(id: number, reason: string, options?: RequestOptions): Promise<Charge> {
  return post<Charge>(`/field/charges/${id}/withdrawal`, { reason }, options);
}
