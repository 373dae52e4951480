import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isApiError, type ApiError } from '@/api/api-error';
import { toApiError } from '@/api/client';

/** The shape of every paginated list response. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * What a list shows: a skeleton on the first load, the error with a retry, the empty message,
 * or the rows. They are different states: a failed load is never shown as "no records".
 */
export type ListState = 'loading' | 'error' | 'empty' | 'ready';

/** The largest page the server sends (the contract's pageSize maximum). */
export const MAX_PAGE_SIZE = 200;

export interface PagedList<T> {
  items: ShallowRef<T[]>;
  total: Ref<number>;
  page: Ref<number>;
  pageSize: Ref<number>;
  /** A request is running (first load or reload). */
  loading: Ref<boolean>;
  /** Why the last load failed; null after a successful one. */
  error: ShallowRef<ApiError | null>;
  /** At least one load succeeded (later loads keep the rows on screen under a spinner). */
  loaded: Ref<boolean>;
  state: ComputedRef<ListState>;
  /** Loads the current page. */
  reload: () => Promise<void>;
  /** Goes back to page 1 (new filters) and loads. */
  search: () => Promise<void>;
  /**
   * Every row the current filters match, page after page of the largest size, up to `limit`
   * rows (for exports). Rejects with the ApiError of a failed page.
   */
  fetchAll: (limit: number) => Promise<{ items: T[]; total: number }>;
}

export interface PagedListOptions {
  /** Rows per page at first (default 20). */
  pageSize?: number;
  /** Use these refs for the page and page size (e.g. the ones bound to the URL). */
  page?: Ref<number>;
  pageSizeRef?: Ref<number>;
}

/** Server-side pagination state around a fetcher `(page, pageSize) => Page<T>`, with its load state. */
export function usePagedList<T>(
  fetcher: (page: number, pageSize: number) => Promise<Page<T>>,
  options: PagedListOptions | number = {},
): PagedList<T> {
  const opts: PagedListOptions = typeof options === 'number' ? { pageSize: options } : options;
  const items = shallowRef<T[]>([]);
  const total = ref(0);
  const page = opts.page ?? ref(1);
  const pageSize = opts.pageSizeRef ?? ref(opts.pageSize ?? 20);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const loaded = ref(false);
  let sequence = 0;

  const state = computed<ListState>(() => {
    if (error.value) return 'error';
    if (!loaded.value) return 'loading';
    return items.value.length === 0 ? 'empty' : 'ready';
  });

  async function reload(): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const result = await fetcher(page.value, pageSize.value);
      // A slower, older request must not overwrite a newer one.
      if (mine !== sequence) return;
      items.value = result.items;
      total.value = result.total;
      loaded.value = true;
      // The page is past the end (rows were removed, or an old link): show the last page instead.
      const lastPage = Math.max(1, Math.ceil(result.total / pageSize.value));
      if (result.items.length === 0 && result.total > 0 && page.value > lastPage) {
        page.value = lastPage;
        await reload();
      }
    } catch (caught) {
      if (mine === sequence) error.value = isApiError(caught) ? caught : toApiError(caught);
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  async function search(): Promise<void> {
    page.value = 1;
    await reload();
  }

  async function fetchAll(limit: number): Promise<{ items: T[]; total: number }> {
    const out: T[] = [];
    let all = Number.POSITIVE_INFINITY;
    for (let p = 1; out.length < Math.min(all, limit); p += 1) {
      const result = await fetcher(p, MAX_PAGE_SIZE);
      all = result.total;
      out.push(...result.items);
      if (result.items.length < MAX_PAGE_SIZE) break;
    }
    return { items: out.slice(0, limit), total: Number.isFinite(all) ? all : out.length };
  }

  return { items, total, page, pageSize, loading, error, loaded, state, reload, search, fetchAll };
}
