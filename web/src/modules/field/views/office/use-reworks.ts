import { ref, shallowRef } from 'vue';
import { useLoadedList } from '@/composables/use-loaded-list';
import { addDays, mondayOf } from '@/utils/dates';
import { todayInShanghai } from '@/utils/format';
import { getReworkOnTime, listReworks, recordReworkApology, type Rework, type ReworkOnTime } from '../../office-api';
import { monthRange } from '../../rework';

/**
 * The office's rework desk (R-FLD-8): the reworks due in a week (this one first, Monday to
 * Sunday in China) and the on-time rate of a month per crew and per person.
 */
export function useReworks() {
  const weekFrom = ref(mondayOf(todayInShanghai()));
  const week = useLoadedList(async () => (await listReworks(weekFrom.value, addDays(weekFrom.value, 6))).items);
  const month = ref(todayInShanghai().slice(0, 7));
  const onTime = shallowRef<ReworkOnTime | null>(null);
  const onTimeLoading = ref(false);
  const saving = ref(false);

  async function loadOnTime(): Promise<void> {
    onTimeLoading.value = true;
    try {
      const { from, to } = monthRange(month.value);
      onTime.value = await getReworkOnTime(from, to);
    } finally {
      onTimeLoading.value = false;
    }
  }

  /** Moves the week by `weeks` (0: back to this week) and reloads it. */
  function shiftWeek(weeks: number): void {
    weekFrom.value = weeks === 0 ? mondayOf(todayInShanghai()) : addDays(weekFrom.value, 7 * weeks);
    void week.reload();
  }

  function setMonth(value: string): void {
    month.value = value;
    void loadOnTime();
  }

  /** Records an apology call; the week reloads either way (a 409 means someone else did). */
  async function apologise(rework: Rework, note: string): Promise<void> {
    saving.value = true;
    try {
      await recordReworkApology(rework.jobId, { note, version: rework.version });
    } finally {
      saving.value = false;
      await week.reload();
    }
  }

  void week.reload();
  void loadOnTime();
  return {
    weekFrom,
    week,
    month,
    onTime,
    onTimeLoading,
    saving,
    shiftWeek,
    setMonth,
    apologise,
  };
}
