import { shallowRef, type ShallowRef } from 'vue';
import { listAudit, listAuditEvents, type AuditEntry, type AuditEvent } from '@/modules/audit/api';
import { userNames } from '@/modules/accounts/user-options';
import { useAuthStore } from '@/stores/auth';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isRealDate } from '@/utils/dates';
import { AUDIT_PAGE_SIZES } from './data';

/** The audit filters, as the URL carries them ('' = any). */
export interface AuditFilters {
  [key: string]: string;
  entity: string;
  action: string;
  entityId: string;
  /** The acting account's id. */
  userId: string;
  /** First and last day (Asia/Shanghai), inclusive. */
  from: string;
  to: string;
}

const isName = (value: string): boolean => /^[a-z0-9_]{1,40}$/.test(value);
const isId = (value: string): boolean => /^[1-9]\d{0,17}$/.test(value);

/** The audit trail page: filters and page in the URL, and the declared events for the selects. */
export function useAuditList(): UrlPagedList<AuditEntry, AuditFilters> & {
  events: LoadedList<AuditEvent>;
  names: ShallowRef<ReadonlyMap<number, string>>;
} {
  const events = useLoadedList(() => listAuditEvents({ silent: true }));
  void events.reload();
  // Names for entries of accounts that no longer exist (the server sends `displayName` otherwise).
  const names = shallowRef<ReadonlyMap<number, string>>(new Map());
  if (useAuthStore().can('user.read')) {
    userNames()
      .then((found) => (names.value = found))
      .catch(() => undefined);
  }
  const list = useUrlPagedList<AuditEntry, AuditFilters>(
    async (filters, page, pageSize) => {
      return listAudit(
        {
          entity: filters.entity || undefined,
          action: filters.action || undefined,
          entityId: filters.entityId.trim() || undefined,
          userId: filters.userId ? Number(filters.userId) : undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
          page,
          pageSize,
        },
        { silent: true },
      );
    },
    {
      filters: { entity: '', action: '', entityId: '', userId: '', from: '', to: '' },
      accept: { entity: isName, action: isName, userId: isId, from: isRealDate, to: isRealDate },
      pageSize: 20,
      pageSizes: AUDIT_PAGE_SIZES,
    },
  );
  return { ...list, events, names };
}
