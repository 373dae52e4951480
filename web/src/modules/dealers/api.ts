import { get } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Dealer = Schemas['Dealer'];
export type DealerPage = Schemas['DealerPage'];
export type ListDealersQuery = QueryOf<'listDealers'>;

/** One page of dealers. */
export function listDealers(query: ListDealersQuery): Promise<DealerPage> {
  return get<DealerPage>('/dealers', query);
}
