import { computed, ref, watch, type Ref } from 'vue';

/**
 * One page of a list the server sends whole (the office's desk lists): the rows of the current
 * page, with the page and size for ListPagination. A list that shrinks below the current page
 * (rows resolved, filed) shows its last page instead of an empty one.
 */
export function usePageOf<T>(rows: Readonly<Ref<readonly T[]>>, initialSize = 20) {
  const page = ref(1);
  const pageSize = ref(initialSize);
  const total = computed(() => rows.value.length);
  const lastPage = computed(() => Math.max(1, Math.ceil(total.value / pageSize.value)));
  watch([lastPage, page], () => {
    if (page.value > lastPage.value) page.value = lastPage.value;
  });
  const shown = computed(() => {
    const current = Math.min(page.value, lastPage.value);
    return rows.value.slice((current - 1) * pageSize.value, current * pageSize.value);
  });
  return { page, pageSize, total, shown };
}
