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

export interface UrlListQuery<F extends ListFilters> extends ListQuery<F> {
  /**
   * Writes the state to the URL (a new history entry). Resolves false when the URL already says
   * so (then nothing changes and `onChange` is not called: reload yourself if you want fresh rows).
   */
  apply: () => Promise<boolean>;
}

/**
 * A list's query state bound to the URL. The URL is the source of truth: `onChange` runs at once
 * and whenever the list's part of the query changes (a search, the pager, Back and Forward, a
 * pasted link), not when only other parts change (a record opened in the drawer).
 */
export function useUrlListQuery<F extends ListFilters>(
  options: ListQueryOptions<F>,
  onChange: () => void,
): UrlListQuery<F> {
  const route = useRoute();
  const router = useRouter();
  const query = useListQuery(options);
  const owner = route.name;
  let shownKey: string | null = null;

  function listQueryOf(raw: LocationQuery): Record<string, string> {
    const probe = useListQuery(options);
    probe.read(raw);
    return probe.toQuery();
  }

  function sync(): void {
    query.read(route.query);
    const key = queryKey(query.toQuery());
    if (key === shownKey) return;
    shownKey = key;
    onChange();
  }

  watch(
    () => route.query,
    () => {
      if (route.name === owner) sync();
    },
  );
  sync();

  async function apply(): Promise<boolean> {
    const listQuery = query.toQuery();
    if (queryKey(listQuery) === queryKey(listQueryOf(route.query))) return false;
    const others: LocationQueryRaw = {};
    for (const [key, value] of Object.entries(route.query)) {
      if (!(key in options.filters) && !RESERVED.has(key)) others[key] = value;
    }
    await router.push({ path: route.path, query: { ...others, ...listQuery } });
    return true;
  }

  return { ...query, apply };
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
}

/**
 * A server-side paged list whose filters, page, page size and sort live in the URL query, so
 * refresh and Back keep them. Call it in the page's setup; it loads at once.
 */
export function useUrlPagedList<T, F extends ListFilters>(
  fetcher: (filters: Readonly<F>, page: number, pageSize: number, sort: string) => Promise<Page<T>>,
  options: ListQueryOptions<F>,
): UrlPagedList<T, F> {
  // The URL binding reads the URL first and reloads the list on later changes; the list is made
  // next (its fetcher reads the bound state), and the first load follows.
  const holder: { list?: PagedList<T> } = {};
  const query = useUrlListQuery(options, () => void holder.list?.reload());
  const paged = usePagedList<T>(
    (page, pageSize) => fetcher(query.filters as Readonly<F>, page, pageSize, query.sort.value),
    { page: query.page, pageSizeRef: query.pageSize },
  );
  holder.list = paged;
  void paged.reload();

  async function apply(): Promise<void> {
    if (!(await query.apply())) await paged.reload();
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

  return {
    ...paged,
    filters: query.filters,
    sort: query.sort,
    read: query.read,
    toQuery: query.toQuery,
    resetFilters: query.resetFilters,
    search,
    apply,
    reset,
    sortBy,
  };
}

/**
 * A list request's query with the list's sort added when there is one. Only sorts the list
 * declares reach here (the URL's other values are dropped), so until the contract has `sort` for a
 * list, its sorts are empty and nothing is sent (FOLLOW-UP(sort) in `api/types.ts`).
 */
export function withSort<Q extends object>(query: Q, sort: string): Q {
  return sort ? { ...query, sort } : query;
}
