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

/**
 * The audit query with the action filter. FOLLOW-UP(server): the contract's `GET /audit` has no
 * `action` parameter yet; it is sent (servers ignore query parameters they do not know) so the
 * filter becomes exact, over all pages, the day the server reads it.
 */
function withAction<Q extends object>(query: Q, action: string): Q {
  return action ? { ...query, action } : query;
}

/** The audit trail page: filters and page in the URL, and the declared events for the selects. */
export function useAuditList(): UrlPagedList<AuditEntry, AuditFilters> & {
  events: LoadedList<AuditEvent>;
  names: ShallowRef<ReadonlyMap<number, string>>;
} {
  const events = useLoadedList(() => listAuditEvents({ silent: true }));
  void events.reload();
  // People's names for entries whose server does not send `displayName` yet (FOLLOW-UP(server)).
  const names = shallowRef<ReadonlyMap<number, string>>(new Map());
  if (useAuthStore().can('user.read')) {
    userNames()
      .then((found) => (names.value = found))
      .catch(() => undefined);
  }
  const list = useUrlPagedList<AuditEntry, AuditFilters>(
    async (filters, page, pageSize) => {
      const result = await listAudit(
        withAction(
          {
            entity: filters.entity || undefined,
            entityId: filters.entityId.trim() || undefined,
            userId: filters.userId ? Number(filters.userId) : undefined,
            from: filters.from || undefined,
            to: filters.to || undefined,
            page,
            pageSize,
          },
          filters.action,
        ),
        { silent: true },
      );
      // FOLLOW-UP(server): until GET /audit filters by `action`, the rows are filtered here (per page).
      return filters.action ? { ...result, items: result.items.filter((e) => e.action === filters.action) } : result;
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
