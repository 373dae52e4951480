import { listCustomers, type Customer } from '@/modules/customers/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isCustomerKind, type CustomerFilters } from './data';

/** Customer list page state: search and kind filter and the page in the URL. */
export function useCustomerList(): UrlPagedList<Customer, CustomerFilters> {
  return useUrlPagedList<Customer, CustomerFilters>(
    (filters, page, pageSize) =>
      listCustomers(
        { q: filters.q.trim() || undefined, kind: filters.kind || undefined, page, pageSize },
        { silent: true },
      ),
    { filters: { q: '', kind: '' }, accept: { kind: isCustomerKind } },
  );
}
