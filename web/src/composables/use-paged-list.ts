import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

/** The shape of every paginated list response. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PagedList<T> {
  items: ShallowRef<T[]>;
  total: Ref<number>;
  page: Ref<number>;
  pageSize: Ref<number>;
  loading: Ref<boolean>;
  /** Loads the current page. */
  reload: () => Promise<void>;
  /** Goes back to page 1 (new filters) and loads. */
  search: () => Promise<void>;
}

/** Server-side pagination state around a fetcher `(page, pageSize) => Page<T>`. */
export function usePagedList<T>(
  fetcher: (page: number, pageSize: number) => Promise<Page<T>>,
  initialPageSize = 20,
): PagedList<T> {
  const items = shallowRef<T[]>([]);
  const total = ref(0);
  const page = ref(1);
  const pageSize = ref(initialPageSize);
  const loading = ref(false);
  let sequence = 0;

  async function reload(): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    try {
      const result = await fetcher(page.value, pageSize.value);
      // A slower, older request must not overwrite a newer one.
      if (mine !== sequence) return;
      items.value = result.items;
      total.value = result.total;
    } catch {
      if (mine === sequence) items.value = [];
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  async function search(): Promise<void> {
    page.value = 1;
    await reload();
  }

  return { items, total, page, pageSize, loading, reload, search };
}
