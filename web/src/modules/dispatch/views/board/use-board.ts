import { computed, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError, type ApiError } from '@/api/api-error';
import { errorMessage } from '@/bootstrap';
import { assignJob, fireJobEvent, listJobs, type AssignmentInput, type Job } from '@/modules/jobs/api';
import { clashLines, type ClashLine } from '@/modules/jobs/views/violations';
import { addDays } from '@/utils/dates';
import { todayInShanghai } from '@/utils/format';
import {
  BOARD_STATUSES,
  boardDays,
  buildBoard,
  crewsBesides,
  laneKey,
  refusedDay,
  formedOf,
  inputOf,
  moveInput,
  type Board,
  type BoardView,
  type DropTarget,
  type DayCrews,
  type FormRefusal,
  type FormedCrew,
} from './board';
import { getDayLineup, saveDayLineups, type DayLineup } from '../../api';
import { getDaySchedule } from './schedule-api';

/** At most this many pages of 200 jobs are read for one board (a week of a busy department). */
const MAX_PAGES = 10;

/** The kilometres of the days a move touched, before and after it (the cost change of an edit). */
export interface MoveCost {
  number: string;
  days: string[];
  before: number;
  after: number;
}

/** The outcome of a drop: moved, refused with the server's reasons, or not a move at all. */
export type MoveOutcome = { kind: 'moved'; job: Job } | { kind: 'refused'; number: string } | { kind: 'none' };

/**
 * State of the dispatch board (R-DSP-3): the day or week shown, its jobs, and each drop sent to
 * the server as an assignment (or an unschedule). The cards are always laid out again from the
 * jobs the server last confirmed, so a refused move snaps back by itself.
 */
export function useBoard() {
  const { t, te } = useI18n();
  const view = ref<BoardView>('day');
  const anchor = ref(todayInShanghai());
  const jobs = shallowRef<Job[]>([]);
  const truncated = ref(false);
  const loading = ref(false);
  const moving = ref(false);
  const refusal = shallowRef<{ number: string; lines: ClashLine[] } | null>(null);
  const days = computed(() => boardDays(anchor.value, view.value));
  /** The saved line-ups of the days shown (R-DSP-3): the crews formed for them, by date. */
  const lineups = shallowRef<Map<string, DayLineup>>(new Map());
  /** The crews of those line-ups, once each, as lanes (a crew with jobs shows on its jobs' lane). */
  const formed = computed<FormedCrew[]>(() => formedOf([...lineups.value.values()]));
  const board = computed<Board>(() => buildBoard(jobs.value, days.value, formed.value));
  const cost = shallowRef<MoveCost | null>(null);
  /** Bumped after every drop, so the drag lists are rebuilt from `board` (undoing the library's own move). */
  const generation = ref(0);

  /** Only the latest load may lay the board out (a quick change of day answers out of order). */
  let latestLoad = 0;

  async function load(): Promise<void> {
    const mine = ++latestLoad;
    loading.value = true;
    try {
      const range = days.value;
      const found: Job[] = [];
      let total = 0;
      let page = 1;
      do {
        const result = await listJobs({
          status: BOARD_STATUSES.join(','),
          from: range[0],
          to: range[range.length - 1],
          page,
          pageSize: 200,
        });
        if (mine !== latestLoad) return;
        found.push(...result.items);
        total = result.total;
        page += 1;
      } while (found.length < total && page <= MAX_PAGES);
      const saved = await Promise.all(range.map((day) => getDayLineup(day, { silent: true })));
      if (mine !== latestLoad) return;
      jobs.value = found;
      truncated.value = found.length < total;
      lineups.value = new Map(saved.map((lineup) => [lineup.date, lineup]));
    } finally {
      if (mine === latestLoad) {
        loading.value = false;
        generation.value += 1;
      }
    }
  }

  /** The server's answer replaces the job (it names the new crew). */
  function replace(job: Job): void {
    jobs.value = jobs.value.map((j) => (j.id === job.id ? job : j));
  }

  function staffName(id: number): string {
    const named = jobs.value.map((j) => j.assignment).find((a) => a?.lead === id);
    return named?.leadName || formed.value.find((c) => c.lead === id)?.leadName || String(id);
  }

  function vehicleName(id: number): string {
    const named = jobs.value.map((j) => j.assignment).find((a) => a?.vehicleId === id && a.vehiclePlate);
    return named?.vehiclePlate ?? formed.value.find((c) => c.vehicleId === id)?.plate ?? String(id);
  }

  /** Saves the crews of each day over the versions read, all days or none, and shows them. */
  async function saveLineups(changes: readonly DayCrews[]): Promise<void> {
    const saved = await saveDayLineups(
      changes.map(({ date, crews }) => ({ date, version: lineups.value.get(date)?.version ?? 0, crews })),
    );
    const next = new Map(lineups.value);
    for (const lineup of saved.days) next.set(lineup.date, lineup);
    lineups.value = next;
  }

  /**
   * Adds a crew formed on the board to the line-ups of `days` (replacing one with the same lead
   * and vehicle) in one save, so it is still there after a reload and a re-plan of each of those
   * days sees it. Answers null when saved, else the refusal: the day the server named (it says
   * why); then no day was changed.
   */
  async function formCrew(crew: FormedCrew, days: readonly string[]): Promise<FormRefusal | null> {
    const key = laneKey(crew.lead, crew.vehicleId);
    const changes = days.map((date) => ({
      date,
      crews: [...crewsBesides(lineups.value.get(date), key), inputOf(crew)],
    }));
    try {
      await saveLineups(changes);
      return null;
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.code === 'ABORTED') void load();
      return { day: refusedDay(error, days) };
    }
  }

  /**
   * Takes a formed crew off the line-ups of the days shown from today on, in one save (its jobs,
   * if any, keep their lane; a day gone by is history and cannot be saved).
   */
  async function dropFormed(key: string): Promise<void> {
    const today = todayInShanghai();
    const changes = [...lineups.value.values()]
      .filter((l) => l.date >= today && l.crews.some((c) => laneKey(c.leadId, c.vehicleId) === key))
      .map((l) => ({ date: l.date, crews: crewsBesides(l, key) }));
    if (changes.length === 0) return;
    try {
      await saveLineups(changes);
    } catch (error) {
      if (!isApiError(error)) throw error;
      void load();
    }
  }

  /** The scheduled kilometres of `dates` together, or null when the server could not say. */
  async function kmOf(dates: readonly string[]): Promise<number | null> {
    try {
      const answers = await Promise.all(dates.map((date) => getDaySchedule({ date }, { silent: true })));
      return answers.reduce((sum, day) => sum + day.km, 0);
    } catch (error) {
      if (!isApiError(error)) throw error;
      return null;
    }
  }

  /** The refusal of a move as lines "who: why", from the server's violations. */
  function refusalLines(error: ApiError, input: AssignmentInput | null): ClashLine[] {
    if (error.violations.length === 0)
      return [{ field: '', subject: t('dispatch.board.refused'), text: errorMessage(error) }];
    const sent = {
      lead: input?.lead,
      members: input?.members ?? [],
      vehicleId: input?.vehicleId,
      driver: input?.driver,
    };
    return clashLines(error.violations, { t, te, sent, staffName, vehicleName });
  }

  /** Sends a drop to the server; whatever it answers, the board is laid out again from the jobs. */
  async function move(jobId: number, target: DropTarget): Promise<MoveOutcome> {
    refusal.value = null;
    cost.value = null;
    const job = jobs.value.find((j) => j.id === jobId);
    const input = job && target.kind === 'cell' ? moveInput(board.value, job, target.lane, target.day) : null;
    const unschedule = job?.status === 'scheduled' && target.kind === 'unassigned';
    if (!job || (!input && !unschedule)) {
      generation.value += 1;
      return { kind: 'none' };
    }
    moving.value = true;
    try {
      // The days whose routes the move changes: where the job was scheduled, where it goes.
      const was = job.status === 'scheduled' ? job.assignment?.date : undefined;
      const touched = [...new Set([was, input?.date].filter((d): d is string => d !== undefined))].sort();
      const before = await kmOf(touched);
      const result = input
        ? await assignJob(job.id, input, { silent: true })
        : await fireJobEvent(job.id, { event: 'unschedule', version: job.version }, { silent: true });
      replace(result);
      const after = before === null ? null : await kmOf(touched);
      cost.value = after === null || before === null ? null : { number: result.number, days: touched, before, after };
      return { kind: 'moved', job: result };
    } catch (error) {
      if (!isApiError(error)) throw error;
      refusal.value = { number: job.number, lines: refusalLines(error, input) };
      if (error.code === 'ABORTED' || error.code === 'NOT_FOUND') void load();
      return { kind: 'refused', number: job.number };
    } finally {
      moving.value = false;
      generation.value += 1;
    }
  }

  function shift(step: number): void {
    anchor.value = addDays(anchor.value, step * (view.value === 'week' ? 7 : 1));
    void load();
  }

  return {
    view,
    anchor,
    days,
    board,
    jobs,
    formed,
    lineups,
    truncated,
    loading,
    moving,
    refusal,
    cost,
    generation,
    load,
    move,
    shift,
    formCrew,
    dropFormed,
  };
}
