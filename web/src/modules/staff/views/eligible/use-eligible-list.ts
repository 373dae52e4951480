import { listEligibleStaff, type Eligibility } from '@/modules/staff/api';
import { useUrlPagedList, withSort, type UrlPagedList } from '@/composables/use-list-query';
import { ELIGIBLE_SORTS } from './data';

/** Eligible-for-promotion list state: page and sort in the URL, server-side pagination. */
export function useEligibleList(): UrlPagedList<Eligibility, Record<string, string>> {
  return useUrlPagedList<Eligibility, Record<string, string>>(
    (_filters, page, pageSize, sort) => listEligibleStaff(withSort({ page, pageSize }, sort), { silent: true }),
    { filters: {}, sorts: ELIGIBLE_SORTS },
  );
}
