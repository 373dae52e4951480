import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { listTrainingTopics, type TrainingTopic } from '@/modules/staff/training-api';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { sortRows } from '@/utils/collate';
import { topicSortValue } from './data';

/** The training topics (sent whole by the server), sorted in the browser: by name (pinyin) at first. */
export function useTopics(): LoadedList<TrainingTopic> & { sort: Ref<string>; rows: ComputedRef<TrainingTopic[]> } {
  const list = useLoadedList(() => listTrainingTopics({ silent: true }));
  const sort = ref('name');
  const rows = computed(() => sortRows(list.all.value, sort.value, topicSortValue));
  void list.reload();
  return { ...list, sort, rows };
}
