/**
 * The dispatch board's layout (R-DSP-3): the jobs of a day or a week laid out by crew and day,
 * and what a drag means as an assignment. Pure: the composable loads and sends, this decides.
 */
import type { Assignment, AssignmentInput, Job, JobStatus } from '@/modules/jobs/api';
import type { CrewInput, DayLineup } from '../../api';
import { compareZh } from '@/utils/collate';
import { addDays, mondayOf } from '@/utils/dates';

/** The board shows one day, or the week (Monday to Sunday) of the chosen day. */
export type BoardView = 'day' | 'week';

/** The states the board shows: open, scheduled, and under way today (shown, not movable). */
export const BOARD_STATUSES: readonly JobStatus[] = ['new', 'scheduled', 'loading', 'en_route', 'on_site'];

/**
 * A crew the head forms on the board before it has a job in the range (R-DSP-3): a lane to drop
 * jobs on. It is kept in the line-ups of the days it was formed for (GET /dispatch/crews, saved
 * together with PUT /dispatch/lineups).
 */
export interface FormedCrew {
  lead: number;
  leadName: string;
  members: number[];
  vehicleId: number | null;
  plate: string | null;
  driver: number | null;
}

/** The crews of the days' saved line-ups as lanes to form, each lead-and-vehicle once, in the order saved. */
export function formedOf(lineups: readonly DayLineup[]): FormedCrew[] {
  const out = new Map<string, FormedCrew>();
  for (const lineup of lineups) {
    for (const crew of lineup.crews) {
      const key = laneKey(crew.leadId, crew.vehicleId);
      if (out.has(key)) continue;
      out.set(key, {
        lead: crew.leadId,
        leadName: crew.leadName,
        members: [...crew.memberIds],
        vehicleId: crew.vehicleId,
        plate: crew.vehiclePlate,
        driver: crew.driverId ?? null,
      });
    }
  }
  return [...out.values()];
}

/** The message key of a date's weekday (dispatch.board.weekdays.0 is Sunday). */
export function weekdayKey(day: string): string {
  return `dispatch.board.weekdays.${new Date(`${day}T00:00:00Z`).getUTCDay()}`;
}

/**
 * The days of those shown a crew can be formed for: today and later (the server refuses a past
 * day's line-up), and the one the dialog proposes: the chosen day when it is one of them, else the
 * first.
 */
export function formDays(
  shown: readonly string[],
  chosen: string,
  today: string,
): { days: string[]; initial: string[] } {
  const days = shown.filter((day) => day >= today);
  const first = days.includes(chosen) ? chosen : days[0];
  return { days, initial: first === undefined ? [] : [first] };
}

/** A crew formed on the board as a line-up saves it (a formed crew always has a vehicle). */
export function inputOf(crew: FormedCrew | CrewInput): CrewInput {
  if ('leadId' in crew) {
    return {
      leadId: crew.leadId,
      memberIds: [...(crew.memberIds ?? [])],
      vehicleId: crew.vehicleId,
      ...(crew.driverId !== undefined ? { driverId: crew.driverId } : {}),
    };
  }
  return {
    leadId: crew.lead,
    memberIds: crew.members.filter((m) => m !== crew.lead),
    vehicleId: crew.vehicleId ?? 0,
    ...(crew.driver !== null ? { driverId: crew.driver } : {}),
  };
}

/** A crew's row (week) or column (day): the jobs led by one person with one vehicle. */
export interface Lane {
  /** laneKey(lead, vehicleId): the same lead with another vehicle is another lane. */
  key: string;
  lead: number;
  leadName: string;
  vehicleId: number | null;
  plate: string | null;
  /** The crew formed on the board this lane comes from; null for a lane of scheduled jobs. */
  formed: FormedCrew | null;
}

/** The board: lanes by crew, cards per lane and day, and the side list of open jobs. */
export interface Board {
  days: string[];
  lanes: Lane[];
  /** cellKey(lane, day) → the cards of that crew on that day, by window start. */
  cells: Map<string, Job[]>;
  unassigned: Job[];
}

/** Where a card was dropped: a crew (lane key) on a day, or the side list of open jobs. */
export type DropTarget = { kind: 'cell'; lane: string; day: string } | { kind: 'unassigned' };

/** The days of the board for `anchor`. */
export function boardDays(anchor: string, view: BoardView): string[] {
  if (view === 'day') return [anchor];
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The key of a lane: a lead and a vehicle (0 for none). */
export function laneKey(lead: number, vehicleId: number | null): string {
  return `${lead}-${vehicleId ?? 0}`;
}

/** The crews of a saved line-up besides lane `key`'s, as they are sent back to keep them. */
export function crewsBesides(lineup: DayLineup | undefined, key: string): CrewInput[] {
  return (lineup?.crews ?? []).filter((c) => laneKey(c.leadId, c.vehicleId) !== key).map(inputOf);
}

/** The crews of one day as they are to be saved. */
export interface DayCrews {
  date: string;
  crews: CrewInput[];
}

/** Why forming a crew for some days was refused: the day the server named, or null (none named). */
export interface FormRefusal {
  day: string | null;
}

/**
 * The day of `dates` a refusal of several line-ups names: the first violation under days[k] (the
 * server judges the days in the order sent), or null.
 */
export function refusedDay(
  error: { violations: readonly { field: string }[] },
  dates: readonly string[],
): string | null {
  for (const violation of error.violations) {
    const index = /^days\[(\d+)\]/.exec(violation.field);
    if (index) return dates[Number(index[1])] ?? null;
  }
  return null;
}

/** The key of one crew's day in Board.cells (also the drop list's data attribute). */
export function cellKey(lane: string, day: string): string {
  return `${lane}@${day}`;
}

/** Reads a drop list's key back; null for anything else. */
export function parseCellKey(key: string | undefined): DropTarget | null {
  if (key === 'unassigned') return { kind: 'unassigned' };
  const match = /^(\d+-\d+)@(\d{4}-\d{2}-\d{2})$/.exec(key ?? '');
  return match ? { kind: 'cell', lane: match[1] as string, day: match[2] as string } : null;
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

function byLeadThenPlate(a: Lane, b: Lane): number {
  return compareZh(a.leadName, b.leadName) || a.lead - b.lead || (a.plate ?? '').localeCompare(b.plate ?? '');
}

/**
 * Lays the jobs out. A lane is a crew (lead and vehicle) with at least one job in the range, or
 * one the head formed on the board; lanes run by the lead's name (pinyin), so the board does not
 * reshuffle when a card moves.
 */
export function buildBoard(jobs: readonly Job[], days: readonly string[], formed: readonly FormedCrew[] = []): Board {
  const inRange = new Set(days);
  const lanes = new Map<string, Lane>();
  const cells = new Map<string, Job[]>();
  const unassigned: Job[] = [];
  for (const job of jobs) {
    const a = job.assignment;
    if (!onLane(job) || !a) {
      if (job.status === 'new') unassigned.push(job);
      continue;
    }
    if (!inRange.has(a.date)) continue;
    const key = laneKey(a.lead, a.vehicleId);
    if (!lanes.has(key)) {
      lanes.set(key, {
        key,
        lead: a.lead,
        leadName: a.leadName,
        vehicleId: a.vehicleId,
        plate: a.vehiclePlate,
        formed: null,
      });
    }
    const cell = cellKey(key, a.date);
    cells.set(cell, [...(cells.get(cell) ?? []), job]);
  }
  for (const crew of formed) {
    const key = laneKey(crew.lead, crew.vehicleId);
    if (!lanes.has(key)) {
      lanes.set(key, {
        key,
        lead: crew.lead,
        leadName: crew.leadName,
        vehicleId: crew.vehicleId,
        plate: crew.plate,
        formed: crew,
      });
    }
  }
  for (const list of cells.values()) list.sort(byWindowThenNumber);
  unassigned.sort((a, b) =>
    a.requestedDate === b.requestedDate ? byWindowThenNumber(a, b) : a.requestedDate.localeCompare(b.requestedDate),
  );
  return { days: [...days], lanes: [...lanes.values()].sort(byLeadThenPlate), cells, unassigned };
}

/** The people and vehicle a job takes on a lane: lead, members, vehicle and driver. */
type LaneCrew = Pick<Assignment, 'lead' | 'members' | 'vehicleId' | 'driver'>;

/**
 * The crew a job takes when dropped on `lane` on `day`: that crew's crew of the day (its first
 * job there other than the one moved), else its latest crew in the range, else the crew formed
 * on the board.
 */
function laneCrew(board: Board, job: Job, lane: Lane, day: string): LaneCrew | null {
  const sameDay = (board.cells.get(cellKey(lane.key, day)) ?? []).find((j) => j.id !== job.id);
  if (sameDay?.assignment) return sameDay.assignment;
  for (const other of [...board.days].reverse()) {
    const found = (board.cells.get(cellKey(lane.key, other)) ?? []).find((j) => j.id !== job.id);
    if (found?.assignment) return found.assignment;
  }
  if (lane.formed) return { ...lane.formed };
  const own = job.assignment;
  return own && laneKey(own.lead, own.vehicleId) === lane.key ? own : null;
}

/**
 * The assignment a drop asks for: the job keeps its window and takes the lane's crew (lead,
 * members, vehicle, driver) on the day dropped on. Null when the drop changes nothing (same crew,
 * same day) or the lane has no crew to copy. The server runs every conflict check (R-DSP-1/2).
 */
export function moveInput(board: Board, job: Job, lane: string, day: string): AssignmentInput | null {
  const target = board.lanes.find((l) => l.key === lane);
  if (!target) return null;
  const a = job.assignment;
  if (a && job.status !== 'new' && laneKey(a.lead, a.vehicleId) === lane && a.date === day) return null;
  const crew = laneCrew(board, job, target, day);
  if (!crew) return null;
  return {
    lead: crew.lead,
    members: crew.members.filter((m) => m !== crew.lead),
    ...(crew.vehicleId !== null ? { vehicleId: crew.vehicleId } : {}),
    ...(crew.driver !== null ? { driver: crew.driver } : {}),
    date: day,
    ...windowOf(job),
    version: job.version,
  };
}
