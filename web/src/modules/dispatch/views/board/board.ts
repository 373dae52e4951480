/**
 * The dispatch board's layout (R-DSP-3): the jobs of a day or a week laid out by crew and day,
 * and what a drag means as an assignment. Pure: the composable loads and sends, this decides.
 */
import type { AssignmentInput, Job, JobStatus } from '@/modules/jobs/api';
import { compareZh } from '@/utils/collate';
import { addDays, mondayOf } from '@/utils/dates';

/** The board shows one day, or the week (Monday to Sunday) of the chosen day. */
export type BoardView = 'day' | 'week';

/** The states the board shows: open, scheduled, and under way today (shown, not movable). */
export const BOARD_STATUSES: readonly JobStatus[] = ['new', 'scheduled', 'loading', 'en_route', 'on_site'];

/** A crew's row (week) or column (day): the jobs led by one person. */
export interface Lane {
  lead: number;
  leadName: string;
  /** The plates its jobs use in the range, in the order first seen. */
  plates: string[];
}

/** The board: lanes by lead, cards per lane and day, and the side list of open jobs. */
export interface Board {
  days: string[];
  lanes: Lane[];
  /** cellKey(lead, day) → the cards of that crew on that day, by window start. */
  cells: Map<string, Job[]>;
  unassigned: Job[];
}

/** Where a card was dropped: a crew on a day, or the side list of open jobs. */
export type DropTarget = { kind: 'cell'; lead: number; day: string } | { kind: 'unassigned' };

/** The days of the board for `anchor`. */
export function boardDays(anchor: string, view: BoardView): string[] {
  if (view === 'day') return [anchor];
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The key of one crew's day in Board.cells (also the drop list's data attribute). */
export function cellKey(lead: number, day: string): string {
  return `${lead}@${day}`;
}

/** Reads a drop list's key back; null for anything else. */
export function parseCellKey(key: string | undefined): DropTarget | null {
  if (key === 'unassigned') return { kind: 'unassigned' };
  const match = /^(\d+)@(\d{4}-\d{2}-\d{2})$/.exec(key ?? '');
  return match ? { kind: 'cell', lead: Number(match[1]), day: match[2] as string } : null;
}

/** Whether a job sits on a crew's lane: scheduled or under way, with its crew. */
function onLane(job: Job): boolean {
  return job.status !== 'new' && job.assignment !== null;
}

/** Whether the board lets the head drag this card: only open or scheduled jobs move. */
export function isMovable(job: Job): boolean {
  return job.status === 'new' || job.status === 'scheduled';
}

/** The window a job keeps when it moves: its scheduled window, else the customer's. */
function windowOf(job: Job): { windowStart: string; windowEnd: string } {
  const a = job.assignment;
  return a
    ? { windowStart: a.windowStart, windowEnd: a.windowEnd }
    : { windowStart: job.windowStart, windowEnd: job.windowEnd };
}

function byWindowThenNumber(a: Job, b: Job): number {
  const wa = windowOf(a).windowStart;
  const wb = windowOf(b).windowStart;
  return wa === wb ? a.number.localeCompare(b.number) : wa.localeCompare(wb);
}

/**
 * Lays the jobs out. A lane is a lead with at least one job in the range; lanes run by the
 * lead's name (pinyin), so the board does not reshuffle when a card moves.
 */
export function buildBoard(jobs: readonly Job[], days: readonly string[]): Board {
  const inRange = new Set(days);
  const lanes = new Map<number, Lane>();
  const cells = new Map<string, Job[]>();
  const unassigned: Job[] = [];
  for (const job of jobs) {
    const a = job.assignment;
    if (!onLane(job) || !a) {
      if (job.status === 'new') unassigned.push(job);
      continue;
    }
    if (!inRange.has(a.date)) continue;
    const lane = lanes.get(a.lead) ?? { lead: a.lead, leadName: a.leadName, plates: [] };
    if (a.vehiclePlate && !lane.plates.includes(a.vehiclePlate)) lane.plates.push(a.vehiclePlate);
    lanes.set(a.lead, lane);
    const key = cellKey(a.lead, a.date);
    cells.set(key, [...(cells.get(key) ?? []), job]);
  }
  for (const list of cells.values()) list.sort(byWindowThenNumber);
  unassigned.sort((a, b) =>
    a.requestedDate === b.requestedDate ? byWindowThenNumber(a, b) : a.requestedDate.localeCompare(b.requestedDate),
  );
  const sorted = [...lanes.values()].sort((a, b) => compareZh(a.leadName, b.leadName) || a.lead - b.lead);
  return { days: [...days], lanes: sorted, cells, unassigned };
}

/**
 * The crew a job takes when dropped on `lead`'s lane on `day`: that crew's crew of the day (its
 * first job there other than the one moved), else its latest crew in the range.
 */
function laneCrew(board: Board, job: Job, lead: number, day: string): Job['assignment'] {
  const sameDay = (board.cells.get(cellKey(lead, day)) ?? []).find((j) => j.id !== job.id);
  if (sameDay?.assignment) return sameDay.assignment;
  for (const other of [...board.days].reverse()) {
    const found = (board.cells.get(cellKey(lead, other)) ?? []).find((j) => j.id !== job.id);
    if (found?.assignment) return found.assignment;
  }
  return job.assignment?.lead === lead ? job.assignment : null;
}

/**
 * The assignment a drop asks for: the job keeps its window and takes the lane's crew (lead,
 * members, vehicle, driver) on the day dropped on. Null when the drop changes nothing (same crew,
 * same day) or the lane has no crew to copy. The server runs every conflict check (R-DSP-1/2).
 */
export function moveInput(board: Board, job: Job, lead: number, day: string): AssignmentInput | null {
  const a = job.assignment;
  if (a && job.status !== 'new' && a.lead === lead && a.date === day) return null;
  const crew = laneCrew(board, job, lead, day);
  if (!crew) return null;
  return {
    lead,
    members: crew.members.filter((m) => m !== lead),
    ...(crew.vehicleId !== null ? { vehicleId: crew.vehicleId } : {}),
    ...(crew.driver !== null ? { driver: crew.driver } : {}),
    date: day,
    ...windowOf(job),
    version: job.version,
  };
}
