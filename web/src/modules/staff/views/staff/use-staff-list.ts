import { reactive } from 'vue';
import { listStaff, type Grade, type Staff, type StaffStatus } from '@/modules/staff/api';
import { usePagedList, type PagedList } from '@/composables/use-paged-list';

export interface StaffFilters {
  q: string;
  grade: Grade | '';
  status: StaffStatus | '';
}

/** Staff list page state: filters plus server-side pagination. */
export function useStaffList(): PagedList<Staff> & { filters: StaffFilters; resetFilters: () => Promise<void> } {
  const filters = reactive<StaffFilters>({ q: '', grade: '', status: 'active' });
  const list = usePagedList<Staff>((page, pageSize) =>
    listStaff({
      q: filters.q.trim() || undefined,
      grade: filters.grade || undefined,
      status: filters.status || undefined,
      page,
      pageSize,
    }),
  );

  async function resetFilters(): Promise<void> {
    filters.q = '';
    filters.grade = '';
    filters.status = 'active';
    await list.search();
  }

  return { ...list, filters, resetFilters };
}
