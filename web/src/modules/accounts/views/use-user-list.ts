import { listUsers, type User } from '@/modules/accounts/api';
import { useUrlPagedList, withSort, type UrlPagedList } from '@/composables/use-list-query';
import { USER_SORTS } from './data';

/** The user list's filters, as the URL carries them. */
export interface UserFilters {
  [key: string]: string;
  q: string;
}

/** User list page state: search, page and sort in the URL, server-side pagination. */
export function useUserList(): UrlPagedList<User, UserFilters> {
  return useUrlPagedList<User, UserFilters>(
    (filters, page, pageSize, sort) =>
      listUsers(withSort({ q: filters.q.trim() || undefined, page, pageSize }, sort), { silent: true }),
    { filters: { q: '' }, sorts: USER_SORTS },
  );
}
