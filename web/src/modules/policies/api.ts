import { get, post, type RequestOptions } from '@/api/client';
import type { Schemas } from '@/api/types';

export type PolicyValue = Schemas['PolicyValue'];
export type PolicyValueInput = Schemas['PolicyValueInput'];
export type PolicyUnit = PolicyValue['unit'];

/** Every policy key with its value history. */
export function listPolicies(options?: RequestOptions): Promise<PolicyValue[]> {
  return get<PolicyValue[]>('/policies', undefined, options);
}

/** Sets a new value for a policy key from a date on. */
export function setPolicyValue(body: PolicyValueInput, options?: RequestOptions): Promise<PolicyValue> {
  return post<PolicyValue>('/policies', body, options);
}
