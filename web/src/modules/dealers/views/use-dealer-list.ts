import { listDealers, type Dealer } from '@/modules/dealers/api';
import { useUrlPagedList, withSort, type UrlPagedList } from '@/composables/use-list-query';
import { DEALER_SORTS } from './data';

/** Dealer list page state: page and sort in the URL, server-side pagination. */
export function useDealerList(): UrlPagedList<Dealer, Record<string, string>> {
  return useUrlPagedList<Dealer, Record<string, string>>(
    (_filters, page, pageSize, sort) => listDealers(withSort({ page, pageSize }, sort), { silent: true }),
    { filters: {}, sorts: DEALER_SORTS },
  );
}
