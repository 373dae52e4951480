import { reactive, ref, watch, type Ref, type UnwrapNestedRefs } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { DEFAULT_PAGE_SIZES } from '@/components/list-pagination';
import { usePagedList, type Page, type PagedList } from './use-paged-list';

/** A list's filters: text values as the URL carries them ('' = not set). */
export type ListFilters = Record<string, string>;

export interface ListQueryOptions<F extends ListFilters> {
  /** The filters with their defaults; a filter at its default is left out of the URL. */
  filters: F;
  /** Checks a filter value read from the URL; a refused value falls back to the default. */
  accept?: { [K in keyof F]?: (value: string) => boolean };
  /** Rows per page at first (default 20). */
  pageSize?: number;
  /** Page sizes the URL may ask for (default the pager's sizes). */
  pageSizes?: readonly number[];
  /** Sorts the list accepts (`name`, `-name` …); any other `sort` in the URL is ignored. */
  sorts?: readonly string[];
  /** The sort when the URL names none ('' = the server's own order). */
  defaultSort?: string;
}

/** A list's filters, page, page size and sort, kept in the URL query so refresh and Back keep them. */
export interface ListQuery<F extends ListFilters> {
  /** The filters (the toolbar edits them; they reach the URL on the next `write`). */
  filters: UnwrapNestedRefs<F>;
  page: Ref<number>;
  pageSize: Ref<number>;
  sort: Ref<string>;
  /** Sets the state from a URL query (missing or refused values → defaults). */
  read: (query: LocationQuery) => void;
  /** The URL query of the state: only what differs from the defaults. */
  toQuery: () => Record<string, string>;
  /** Sets every filter back to its default (not the URL: call `write` or `search`). */
  resetFilters: () => void;
}

const RESERVED = new Set(['page', 'pageSize', 'sort']);

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : undefined;
}

function positiveInt(text: string | undefined): number | null {
  if (!text || !/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}

/** URL ↔ list state, without the router (tested on its own; `useUrlPagedList` wires it up). */
export function useListQuery<F extends ListFilters>(options: ListQueryOptions<F>): ListQuery<F> {
  for (const key of Object.keys(options.filters)) {
    if (RESERVED.has(key)) throw new Error(`filter name "${key}" is reserved for the pager`);
  }
  const defaults = { ...options.filters };
  const defaultPageSize = options.pageSize ?? 20;
  const pageSizes = options.pageSizes ?? DEFAULT_PAGE_SIZES;
  const defaultSort = options.defaultSort ?? '';
  const filters = reactive({ ...defaults }) as UnwrapNestedRefs<F>;
  const page = ref(1);
  const pageSize = ref(defaultPageSize);
  const sort = ref(defaultSort);

  function read(query: LocationQuery): void {
    const target = filters as Record<string, string>;
    for (const [key, fallback] of Object.entries(defaults)) {
      const raw = first(query[key]);
      const accept = (options.accept as Record<string, ((value: string) => boolean) | undefined> | undefined)?.[key];
      target[key] = raw !== undefined && (raw === '' || !accept || accept(raw)) ? raw : fallback;
    }
    page.value = positiveInt(first(query.page)) ?? 1;
    const size = positiveInt(first(query.pageSize));
    pageSize.value = size !== null && pageSizes.includes(size) ? size : defaultPageSize;
    const s = first(query.sort);
    sort.value = s !== undefined && (s === '' || (options.sorts ?? []).includes(s)) ? s : defaultSort;
  }

  function toQuery(): Record<string, string> {
    const out: Record<string, string> = {};
    const current = filters as Record<string, string>;
    for (const [key, fallback] of Object.entries(defaults)) {
      const value = (current[key] ?? '').trim();
      if (value !== fallback) out[key] = value;
    }
    if (sort.value !== defaultSort) out.sort = sort.value;
    if (pageSize.value !== defaultPageSize) out.pageSize = String(pageSize.value);
    if (page.value !== 1) out.page = String(page.value);
    return out;
  }

  function resetFilters(): void {
    Object.assign(filters, defaults);
  }

  return { filters, page, pageSize, sort, read, toQuery, resetFilters };
}

/** A stable text of a query, to tell whether the list part of the URL changed. */
function queryKey(query: Record<string, string>): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface UrlPagedList<T, F extends ListFilters> extends PagedList<T>, Omit<ListQuery<F>, 'page' | 'pageSize'> {
  /** Applies the filters: page 1, written to the URL (a new history entry), then loaded. */
  search: () => Promise<void>;
  /** Writes page, size, sort and filters to the URL and loads (use after the pager or a sort changed). */
  apply: () => Promise<void>;
  /** Filters back to their defaults, then `search`. */
  reset: () => Promise<void>;
  /** Sorts by `sort` (`key`, `-key`, '') from page 1. */
  sortBy: (sort: string) => Promise<void>;
  /** The list's current URL query, for links that must come back to the same view. */
  currentQuery: () => LocationQueryRaw;
}

/**
 * A server-side paged list whose filters, page, page size and sort live in the URL query. The URL
 * is the source of truth: the list loads when its part of the query changes (a search, the pager,
 * Back and Forward, a pasted link) and keeps the rows when only other parts change (a record opened
 * in the drawer). Call it in the page's setup; it loads at once.
 */
export function useUrlPagedList<T, F extends ListFilters>(
  fetcher: (filters: Readonly<F>, page: number, pageSize: number, sort: string) => Promise<Page<T>>,
  options: ListQueryOptions<F>,
): UrlPagedList<T, F> {
  const route = useRoute();
  const router = useRouter();
  const query = useListQuery(options);
  const list = usePagedList<T>(
    (page, pageSize) => fetcher(query.filters as Readonly<F>, page, pageSize, query.sort.value),
    { page: query.page, pageSizeRef: query.pageSize },
  );
  const owner = route.name;
  let loadedKey: string | null = null;

  /** URL → state; loads when the list's part of the URL differs from what is on screen. */
  function sync(): void {
    query.read(route.query);
    const key = queryKey(query.toQuery());
    if (key === loadedKey) return;
    loadedKey = key;
    void list.reload();
  }

  watch(
    () => route.query,
    () => {
      if (route.name === owner) sync();
    },
  );
  sync();

  /** State → URL; when the URL already says so (the same search again), loads anyway. */
  async function apply(): Promise<void> {
    const listQuery = query.toQuery();
    const others: LocationQueryRaw = {};
    for (const [key, value] of Object.entries(route.query)) {
      if (!(key in options.filters) && !RESERVED.has(key)) others[key] = value;
    }
    const key = queryKey(listQuery);
    if (key === queryKey(currentListQuery())) {
      loadedKey = key;
      await list.reload();
      return;
    }
    await router.push({ path: route.path, query: { ...others, ...listQuery } });
  }

  function currentListQuery(): Record<string, string> {
    const probe = useListQuery(options);
    probe.read(route.query);
    return probe.toQuery();
  }

  async function search(): Promise<void> {
    query.page.value = 1;
    await apply();
  }

  async function reset(): Promise<void> {
    query.resetFilters();
    await search();
  }

  async function sortBy(sort: string): Promise<void> {
    query.sort.value = sort;
    await search();
  }

  function currentQuery(): LocationQueryRaw {
    return { ...route.query };
  }

  return { ...list, ...query, page: query.page, pageSize: query.pageSize, search, apply, reset, sortBy, currentQuery };
}
