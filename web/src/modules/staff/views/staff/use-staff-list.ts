import { listStaff, type Grade, type Staff, type StaffStatus } from '@/modules/staff/api';
import { useUrlPagedList, withSort, type UrlPagedList } from '@/composables/use-list-query';
import { STAFF_SORTS, isGrade, isStaffStatus } from './data';

/** The staff list's filters, as the URL carries them ('' = any). */
export interface StaffFilters {
  [key: string]: string;
  q: string;
  grade: Grade | '';
  status: StaffStatus | '';
}

/** Staff list page state: filters, page and sort in the URL, server-side pagination. */
export function useStaffList(): UrlPagedList<Staff, StaffFilters> {
  return useUrlPagedList<Staff, StaffFilters>(
    (filters, page, pageSize, sort) =>
      listStaff(
        withSort(
          {
            q: filters.q.trim() || undefined,
            grade: filters.grade || undefined,
            status: filters.status || undefined,
            page,
            pageSize,
          },
          sort,
        ),
        { silent: true },
      ),
    {
      filters: { q: '', grade: '', status: 'active' },
      accept: { grade: isGrade, status: isStaffStatus },
      sorts: STAFF_SORTS,
    },
  );
}
