import { listClaims, type Claim } from '@/modules/expenses/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isClaimStatus, type ClaimFilters } from './data';

/** Claim list page state: the status filter and the page in the URL. */
export function useClaimList(): UrlPagedList<Claim, ClaimFilters> {
  return useUrlPagedList<Claim, ClaimFilters>(
    (filters, page, pageSize) => listClaims({ status: filters.status || undefined, page, pageSize }, { silent: true }),
    { filters: { status: '' }, accept: { status: isClaimStatus } },
  );
}
