import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isApiError, type ApiError } from '@/api/api-error';
import { toApiError } from '@/api/client';
import type { ListState } from './use-paged-list';

export interface LoadedList<T> {
  /** Every row the server sent (client-side lists are short: training topics, policy keys). */
  all: ShallowRef<T[]>;
  loading: Ref<boolean>;
  error: ShallowRef<ApiError | null>;
  loaded: Ref<boolean>;
  /** Skeleton, error with retry, empty, or rows: as for the paged lists. */
  state: ComputedRef<ListState>;
  reload: () => Promise<void>;
}

/** A list the server sends whole, with the same three load states as the paged lists. */
export function useLoadedList<T>(fetcher: () => Promise<T[]>): LoadedList<T> {
  const all = shallowRef<T[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const loaded = ref(false);
  let sequence = 0;

  const state = computed<ListState>(() => {
    if (error.value) return 'error';
    if (!loaded.value) return 'loading';
    return all.value.length === 0 ? 'empty' : 'ready';
  });

  async function reload(): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const rows = await fetcher();
      if (mine !== sequence) return;
      all.value = rows;
      loaded.value = true;
    } catch (caught) {
      if (mine === sequence) error.value = isApiError(caught) ? caught : toApiError(caught);
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  return { all, loading, error, loaded, state, reload };
}
