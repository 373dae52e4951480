import { computed, type ComputedRef, type Ref } from 'vue';
import { listPolicies, type PolicyValue } from '@/modules/policies/api';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { useUrlListQuery } from '@/composables/use-list-query';
import { sortRows } from '@/utils/collate';
import { todayInShanghai } from '@/utils/format';
import { POLICY_SORTS, groupPolicies, policySortValue, type PolicyGroup } from './data';

export interface PolicyList extends LoadedList<PolicyValue> {
  /** Today in Asia/Shanghai: what "in force" and "scheduled" are measured against. */
  today: string;
  /** One row per key, in the URL's sort (by name, pinyin, at first). */
  rows: ComputedRef<PolicyGroup[]>;
  sort: Ref<string>;
  sortBy: (sort: string) => Promise<void>;
}

/** The policy table: every value from the server, grouped by key, sorted in the browser, sort in the URL. */
export function usePolicyList(label: (key: string) => string): PolicyList {
  const list = useLoadedList(() => listPolicies({ silent: true }));
  const today = todayInShanghai();
  const query = useUrlListQuery({ filters: {}, sorts: POLICY_SORTS, defaultSort: 'name' }, () => undefined);
  const groups = computed(() => groupPolicies(list.all.value, today));
  const rows = computed(() => sortRows(groups.value, query.sort.value, policySortValue(label)));

  async function sortBy(sort: string): Promise<void> {
    query.sort.value = sort;
    await query.apply();
  }

  void list.reload();
  return { ...list, today, rows, sort: query.sort, sortBy };
}
