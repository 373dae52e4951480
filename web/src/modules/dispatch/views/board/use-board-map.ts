import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api/api-error';
import type { Job } from '@/modules/jobs/api';
import type { BoardView } from './board';
import { getDaySchedule, type DaySchedule } from './schedule-api';
import { crewNamer, scheduleMapData } from './schedule-map';

/** The day view shows the cards by crew, or the same day on the map. */
export type BoardMode = 'cards' | 'map';

/** What the map needs of the board: its view and day, its jobs (to name crews), its generation. */
export interface BoardForMap {
  view: Ref<BoardView>;
  days: Ref<string[]>;
  jobs: Ref<Job[]>;
  generation: Ref<number>;
}

/**
 * State of the board's map (R-DSP-3/4): the day view's cards or its map. The schedule is read
 * while the map is shown and again after every load or move of the board (its generation), so
 * the map follows the cards; only the latest answer is drawn.
 */
export function useBoardMap(board: BoardForMap) {
  const { t } = useI18n();
  const mode = ref<BoardMode>('cards');
  /** The map is for one day: in the week view the cards show, whatever the toggle says. */
  const shown = computed(() => mode.value === 'map' && board.view.value === 'day');
  const schedule = shallowRef<DaySchedule | null>(null);
  const loading = ref(false);
  const day = computed(() => board.days.value[0] ?? '');
  /** The map of the day shown; null until that day's schedule is in (a stale day is not drawn). */
  const data = computed(() => {
    const s = schedule.value;
    if (!s || s.date !== day.value) return null;
    const unknownLead = (id: number): string => t('dispatch.board.map.unknownLead', { id });
    return scheduleMapData(s, crewNamer(board.jobs.value, unknownLead));
  });
  /** The day's kilometres for the line above the map, to 0.1 km. */
  const km = computed(() => Math.round((schedule.value?.km ?? 0) * 10) / 10);

  let latest = 0;

  async function load(): Promise<void> {
    const mine = ++latest;
    loading.value = true;
    try {
      const answer = await getDaySchedule({ date: day.value });
      if (mine === latest) schedule.value = answer;
    } catch (error) {
      // The client has told the user; the map keeps what it had.
      if (!isApiError(error)) throw error;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  watch([shown, board.generation], () => {
    if (shown.value) void load();
  });

  return { mode, shown, data, km, loading, load };
}
