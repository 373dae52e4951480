import type { RequestOptions } from '@/api/client';
import type { CrewInput, DayProposal } from '../api';

/** A crew row of the form; ids are null until chosen. */
export interface CrewDraft {
  leadId: number | null;
  memberIds: number[];
  vehicleId: number | null;
  driverId: number | null;
}

export function emptyCrew(): CrewDraft {
  return { leadId: null, memberIds: [], vehicleId: null, driverId: null };
}

/** The crew without the people not in `free` (someone away on a day added to it). */
export function keepFree(crew: CrewDraft, free: ReadonlySet<number>): CrewDraft {
  return {
    ...crew,
    leadId: crew.leadId !== null && free.has(crew.leadId) ? crew.leadId : null,
    memberIds: crew.memberIds.filter((id) => free.has(id)),
    driverId: crew.driverId !== null && free.has(crew.driverId) ? crew.driverId : null,
  };
}

/**
 * What is wrong with the crews before asking the server, as locale keys per crew index: a crew
 * needs a lead and a vehicle; nobody and no vehicle may be in two crews (a driver may also be his
 * own crew's lead or member). An empty map means the crews can be sent.
 */
export function crewProblems(crews: readonly CrewDraft[]): Map<number, string[]> {
  const problems = new Map<number, string[]>();
  const add = (i: number, key: string): void => {
    const list = problems.get(i) ?? [];
    if (!list.includes(key)) list.push(key);
    problems.set(i, list);
  };
  const people = new Set<number>();
  const vehicles = new Set<number>();
  crews.forEach((crew, i) => {
    if (crew.leadId === null) add(i, 'dispatch.crew.leadRequired');
    if (crew.vehicleId === null) add(i, 'dispatch.crew.vehicleRequired');
    else if (vehicles.has(crew.vehicleId)) add(i, 'dispatch.crew.vehicleTwice');
    else vehicles.add(crew.vehicleId);
    const mine = new Set<number>();
    for (const id of [crew.leadId, ...crew.memberIds]) {
      if (id === null) continue;
      if (people.has(id) || mine.has(id)) add(i, 'dispatch.crew.personTwice');
      mine.add(id);
    }
    if (crew.driverId !== null && people.has(crew.driverId)) add(i, 'dispatch.crew.personTwice');
    if (crew.driverId !== null) mine.add(crew.driverId);
    mine.forEach((id) => people.add(id));
  });
  return problems;
}

/** The crews as the API takes them (call only when crewProblems found nothing). */
export function crewsOf(crews: readonly CrewDraft[]): CrewInput[] {
  return crews.map((c) => ({
    leadId: c.leadId ?? 0,
    memberIds: [...c.memberIds],
    vehicleId: c.vehicleId ?? 0,
    ...(c.driverId !== null ? { driverId: c.driverId } : {}),
  }));
}

/** A saved crew as the head edits it. */
export function draftOf(crew: CrewInput): CrewDraft {
  return {
    leadId: crew.leadId,
    memberIds: [...(crew.memberIds ?? [])],
    vehicleId: crew.vehicleId,
    driverId: crew.driverId ?? null,
  };
}

/** Whether two line-ups name the same people and vehicles in the same places and order. */
export function sameCrews(a: readonly CrewInput[], b: readonly CrewInput[]): boolean {
  const key = (c: CrewInput): string =>
    [c.leadId, (c.memberIds ?? []).join('+'), c.vehicleId, c.driverId ?? ''].join('/');
  return a.length === b.length && a.every((crew, i) => key(crew) === key(b[i] as CrewInput));
}

/** How many jobs a proposal plans, and how many it leaves out. */
export function proposalCounts(proposal: DayProposal): { planned: number; unplanned: number } {
  return {
    planned: proposal.routes.reduce((n, r) => n + r.visits.length, 0),
    unplanned: proposal.unplanned.length,
  };
}

/**
 * How long the assistant searches (R-DSP-4). Quick is the server's default, 2 s; thorough gives
 * it 20 s, which planned a generated 200-job day about 2 % shorter (README, "Planning assistant").
 */
export type PlanEffort = 'quick' | 'thorough';

/** The planner's budget of a thorough proposal, per day. */
export const THOROUGH_LIMIT_MS = 20_000;

/**
 * What a proposal or re-plan request adds for an effort: the body's time limit (none: the
 * server's default) and the request options (how long to wait for the answer).
 */
export function effortRequest(effort: PlanEffort): { body: { timeLimitMs?: number }; options: RequestOptions } {
  if (effort === 'quick') return { body: {}, options: {} };
  // Room for the request itself beyond the planner's budget (reading the jobs, the answer).
  return { body: { timeLimitMs: THOROUGH_LIMIT_MS }, options: { timeout: THOROUGH_LIMIT_MS + 15_000 } };
}
