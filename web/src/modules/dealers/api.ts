import { isApiError } from '@/api/api-error';
import { get, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Dealer = Schemas['Dealer'];
export type DealerPage = Schemas['DealerPage'];
export type ListDealersQuery = QueryOf<'listDealers'>;

/** One page of dealers. */
export function listDealers(query: ListDealersQuery, options?: RequestOptions): Promise<DealerPage> {
  return get<DealerPage>('/dealers', query, options);
}

/** One dealer by id, or null when there is none (or it is not the caller's: the same answer). */
export async function findDealer(id: number, options?: RequestOptions): Promise<Dealer | null> {
  try {
    return await getDealer(id, options);
  } catch (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export type DealerContacts = Schemas['DealerContacts'];
export type DealerContactsInput = Schemas['DealerContactsInput'];

/** One dealer with its contacts (a dealer's account: its own only). */
export function getDealer(id: number, options?: RequestOptions): Promise<Dealer> {
  return get<Dealer>(`/dealers/${id}`, undefined, options);
}

/** The dealer's contacts and the version to send back with a change. */
export function getDealerContacts(id: number, options?: RequestOptions): Promise<DealerContacts> {
  return get<DealerContacts>(`/dealers/${id}/contacts`, undefined, options);
}

/** Replaces the dealer's contact list (contacts keep their ids); `version` as last read. */
export function setDealerContacts(
  id: number,
  body: DealerContactsInput,
  options?: RequestOptions,
): Promise<DealerContacts> {
  return put<DealerContacts>(`/dealers/${id}/contacts`, body, options);
}
