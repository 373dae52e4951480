import { listApprovals, type Approval, type ApprovalStatus } from '@/modules/approvals/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { APPROVAL_SORTS, isApprovalStatus } from './data';

/** The inbox's filters, as the URL carries them ('' = every status). */
export interface ApprovalFilters {
  [key: string]: string;
  status: ApprovalStatus | '';
}

/** Inbox page state: the status filter (pending first: the default) and page in the URL. */
export function useApprovalList(): UrlPagedList<Approval, ApprovalFilters> {
  return useUrlPagedList<Approval, ApprovalFilters>(
    (filters, page, pageSize) =>
      listApprovals({ status: filters.status || undefined, page, pageSize }, { silent: true }),
    { filters: { status: 'pending' }, accept: { status: isApprovalStatus }, sorts: APPROVAL_SORTS },
  );
}
