import { computed } from 'vue';
import { todayInShanghai } from '@/utils/format';
import { groupByDay, jobMarkers, type JobMarkers } from '../data';
import { useFieldPhone } from '../use-field-phone';

/**
 * The crew member's jobs of today and the next two days, from the phone's database (so the list
 * shows offline too), grouped by day, each with its steps and what waits to be sent.
 */
export function useFieldJobs() {
  const phone = useFieldPhone();
  const { store } = phone;
  const today = todayInShanghai();
  const days = computed(() => groupByDay(store.jobs, today));
  const markers = computed(
    () => new Map<number, JobMarkers>(store.jobs.map((row) => [row.id, jobMarkers(row, store.steps, store.entries)])),
  );
  const state = computed<'loading' | 'empty' | 'ready'>(() => {
    if (!store.loaded) return 'loading';
    return store.jobs.length === 0 ? 'empty' : 'ready';
  });
  return { ...phone, today, days, markers, state };
}
