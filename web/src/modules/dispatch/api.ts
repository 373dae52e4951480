import { get, post, put, type RequestOptions } from '@/api/client';
import type { Schemas } from '@/api/types';

export type CrewInput = Schemas['CrewInput'];
export type ProposalInput = Schemas['ProposalInput'];
export type DayProposal = Schemas['DayProposal'];
export type ProposedRoute = Schemas['ProposedRoute'];
export type UnplannedJob = Schemas['UnplannedJob'];
export type UnplannedReason = Schemas['UnplannedReason'];
export type PlanInput = Schemas['PlanInput'];
export type AcceptedPlan = Schemas['AcceptedPlan'];
export type PlannedVisit = Schemas['PlannedVisit'];
export type CheckedPlan = Schemas['CheckedPlan'];
export type ReplanInput = Schemas['ReplanInput'];
export type DayReplan = Schemas['DayReplan'];
export type ReplanCrew = Schemas['ReplanCrew'];
export type DayLineup = Schemas['DayLineup'];
export type LineupInput = Schemas['LineupInput'];
export type DayLineups = Schemas['DayLineups'];

/** The planning assistant's proposal for the open jobs of a day over the given crews (R-DSP-4). */
export function proposeDayPlan(body: ProposalInput, options?: RequestOptions): Promise<DayProposal> {
  return post<DayProposal>('/dispatch/proposals', body, options);
}

/** Schedules a plan, all or nothing; every route is checked against the real windows first. */
export function acceptDayPlan(body: PlanInput, options?: RequestOptions): Promise<AcceptedPlan> {
  return post<AcceptedPlan>('/dispatch/plans', body, options);
}

/** Checks an edited plan as accepting would, scheduling nothing: its arrivals and kilometres. */
export function checkDayPlan(body: PlanInput, options?: RequestOptions): Promise<CheckedPlan> {
  return post<CheckedPlan>('/dispatch/plans/check', body, options);
}

/** Re-plans the rest of a day: started visits stay, crews set out from where they are (R-DSP-4). */
export function replanDay(body: ReplanInput, options?: RequestOptions): Promise<DayReplan> {
  return post<DayReplan>('/dispatch/replans', body, options);
}

/** The crews the head formed for a day, in the order formed; version 0 when none were saved (R-DSP-3). */
export function getDayLineup(date: string, options?: RequestOptions): Promise<DayLineup> {
  return get<DayLineup>('/dispatch/crews', { date }, options);
}

/** Replaces a day's crews over the version read; 409 when someone saved the day meanwhile. */
export function saveDayLineup(body: LineupInput, options?: RequestOptions): Promise<DayLineup> {
  return put<DayLineup>('/dispatch/crews', body, options);
}

/** Replaces the crews of several days together, all or nothing; a refusal names the day (days[k]). */
export function saveDayLineups(days: LineupInput[], options?: RequestOptions): Promise<DayLineups> {
  return put<DayLineups>('/dispatch/lineups', { days }, options);
}
