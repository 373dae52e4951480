import { computed, type ComputedRef, type WritableComputedRef } from 'vue';
import { useRoute, useRouter, type RouteLocationRaw } from 'vue-router';

export interface RecordRoute {
  /** The record named by the URL (`/staff/5` → '5'), or null on the list itself. */
  recordId: ComputedRef<string | null>;
  /** The same as a number, or null (for numeric ids). */
  numericId: ComputedRef<number | null>;
  /** Whether the record's drawer is open; setting false goes back to the list (bind to `v-model`). */
  open: WritableComputedRef<boolean>;
  /** The link of a record, keeping the list's filters and page (for `router-link` and new tabs). */
  link: (id: string | number) => RouteLocationRaw;
  /** Opens a record (a new history entry, so Back closes it). */
  show: (id: string | number) => Promise<void>;
  /** Closes the record and returns to the list as it was. */
  close: () => Promise<void>;
}

/**
 * Each record has its own link, `<basePath>/<id>`, served by the list page (the route's alias) and
 * shown in its drawer: opening a row pushes the link, Back or closing the drawer returns to the list
 * with its filters.
 */
export function useRecordRoute(basePath: string, param = 'id'): RecordRoute {
  const route = useRoute();
  const router = useRouter();

  const recordId = computed<string | null>(() => {
    const value = route.params[param];
    const text = Array.isArray(value) ? value[0] : value;
    return typeof text === 'string' && text !== '' ? text : null;
  });
  const numericId = computed(() => {
    const id = recordId.value;
    return id !== null && /^\d+$/.test(id) ? Number(id) : null;
  });

  function link(id: string | number): RouteLocationRaw {
    return { path: `${basePath}/${encodeURIComponent(String(id))}`, query: route.query };
  }

  async function show(id: string | number): Promise<void> {
    await router.push(link(id));
  }

  async function close(): Promise<void> {
    if (recordId.value === null) return;
    const list = router.resolve({ path: basePath, query: route.query }).fullPath;
    const state: unknown = typeof window !== 'undefined' ? window.history.state : null;
    const back = state && typeof state === 'object' ? (state as { back?: unknown }).back : undefined;
    // Came from the list: step back, so Forward reopens the record. Came by link: replace.
    if (back === list) router.back();
    else await router.replace(list);
  }

  const open = computed<boolean>({
    get: () => recordId.value !== null,
    set: (value) => {
      if (!value) void close();
    },
  });

  return { recordId, numericId, open, link, show, close };
}
