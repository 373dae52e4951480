import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { listSeriesWarranties } from '@/modules/catalog/api';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { todayInShanghai } from '@/utils/format';
import { warrantyRows, type SeriesWarrantyRow } from './data';

export interface SeriesWarranties extends LoadedList<SeriesWarrantyRow> {
  /** Today in Asia/Shanghai: what "in force" is measured against, and the first day a version may start. */
  today: Ref<string>;
  /** The rows shown: every series, or only those whose name contains the search text. */
  rows: ComputedRef<SeriesWarrantyRow[]>;
  /** Search text over the series names. */
  query: Ref<string>;
  /** How many series have no warranty in force today. */
  unset: ComputedRef<number>;
  /** The row of a series (for the dialog and the history), null when it is not listed. */
  rowOf: (series: string) => SeriesWarrantyRow | null;
}

/**
 * The warranty page (R-FLD-4): every series of the catalogue with its warranty in force today,
 * its next version and its history, read whole from the server; reloaded after a version is set.
 */
export function useSeriesWarranties(now: () => Date = () => new Date()): SeriesWarranties {
  const today = ref(todayInShanghai(now()));
  const list = useLoadedList(async () => {
    const answer = await listSeriesWarranties({ silent: true });
    today.value = todayInShanghai(now());
    return warrantyRows(answer, today.value);
  });
  const query = ref('');
  const rows = computed(() => {
    const text = query.value.trim().toLowerCase();
    return text ? list.all.value.filter((r) => r.series.toLowerCase().includes(text)) : list.all.value;
  });
  const unset = computed(() => list.all.value.filter((r) => !r.current).length);
  const rowOf = (series: string): SeriesWarrantyRow | null => list.all.value.find((r) => r.series === series) ?? null;

  void list.reload();
  return { ...list, today, rows, query, unset, rowOf };
}
