import type { CheckedPlan, CrewInput, DayProposal, PlanInput, PlannedVisit, ProposedRoute } from '../api';

/** One crew's jobs in visiting order as the head has arranged them. */
export interface EditedRoute {
  crewIndex: number;
  jobIds: number[];
}

/** What the page knows of a job it can place: from the proposal's visits and left-out jobs. */
export interface PlanJobInfo {
  jobId: number;
  number: string;
  version: number;
  windowStart: string;
  windowEnd: string;
  site: PlannedVisit['site'];
}

/** The head's arrangement: a route per crew (empty ones too, so a job can move there) and the jobs taken out. */
export interface PlanEdit {
  routes: EditedRoute[];
  /** Jobs the head took out of the proposal's routes; they stay open. */
  dropped: number[];
}

/** The proposal as the head first sees it: every crew's route, nothing dropped. */
export function editOf(proposal: DayProposal, crewCount: number): PlanEdit {
  const routes: EditedRoute[] = Array.from({ length: crewCount }, (_, crewIndex) => ({ crewIndex, jobIds: [] }));
  for (const route of proposal.routes) {
    const target = routes[route.crewIndex];
    if (target) target.jobIds = route.visits.map((v) => v.jobId);
  }
  return { routes, dropped: [] };
}

/** Every job the proposal names, by id: its visits and the jobs it left out. */
export function jobsOf(proposal: DayProposal): Map<number, PlanJobInfo> {
  const jobs = new Map<number, PlanJobInfo>();
  for (const route of proposal.routes) {
    for (const v of route.visits) {
      jobs.set(v.jobId, {
        jobId: v.jobId,
        number: v.number,
        version: v.version,
        windowStart: v.windowStart,
        windowEnd: v.windowEnd,
        site: v.site,
      });
    }
  }
  for (const u of proposal.unplanned) {
    const { jobId, number, version, windowStart, windowEnd, site } = u;
    jobs.set(jobId, { jobId, number, version, windowStart, windowEnd, site });
  }
  return jobs;
}

function without(edit: PlanEdit, jobId: number): PlanEdit {
  return {
    routes: edit.routes.map((r) => ({ crewIndex: r.crewIndex, jobIds: r.jobIds.filter((id) => id !== jobId) })),
    dropped: edit.dropped.filter((id) => id !== jobId),
  };
}

/**
 * Moves a job to the end of a crew's route, or out of every route (toCrew null: it stays open).
 * A job already last on that crew's route stays where it is.
 */
export function moveJob(edit: PlanEdit, jobId: number, toCrew: number | null): PlanEdit {
  const current = edit.routes.find((r) => r.jobIds.includes(jobId));
  if (current && current.crewIndex === toCrew && current.jobIds.at(-1) === jobId) return edit;
  const next = without(edit, jobId);
  if (toCrew === null) {
    next.dropped.push(jobId);
    return next;
  }
  const target = next.routes.find((r) => r.crewIndex === toCrew);
  if (!target) return edit;
  target.jobIds.push(jobId);
  return next;
}

/** Moves a job one place earlier (-1) or later (+1) on its route; at either end nothing changes. */
export function shiftJob(edit: PlanEdit, jobId: number, delta: -1 | 1): PlanEdit {
  return {
    dropped: edit.dropped,
    routes: edit.routes.map((r) => {
      const at = r.jobIds.indexOf(jobId);
      const to = at + delta;
      if (at < 0 || to < 0 || to >= r.jobIds.length) return r;
      const jobIds = [...r.jobIds];
      [jobIds[at], jobIds[to]] = [jobIds[to] as number, jobIds[at] as number];
      return { crewIndex: r.crewIndex, jobIds };
    }),
  };
}

/** Whether the arrangement differs from the proposal's routes. */
export function isEdited(edit: PlanEdit, proposal: DayProposal): boolean {
  const original = editOf(proposal, edit.routes.length);
  return edit.dropped.length > 0 || edit.routes.some((r, i) => r.jobIds.join() !== original.routes[i]?.jobIds.join());
}

/**
 * The routes a request carries, in its order: the crews with jobs; a re-plan's names every crew,
 * since a crew it leaves out would keep its scheduled jobs where they are.
 */
export function sentRoutes(edit: PlanEdit, replan = false): EditedRoute[] {
  return replan ? edit.routes : edit.routes.filter((r) => r.jobIds.length > 0);
}

/** The request that checks or accepts the arrangement (sentRoutes); replan marks a re-plan's. */
export function planBodyOf(
  date: string,
  edit: PlanEdit,
  crews: readonly CrewInput[],
  jobs: ReadonlyMap<number, PlanJobInfo>,
  replan = false,
): PlanInput {
  return {
    date,
    ...(replan ? { replan: true } : {}),
    routes: sentRoutes(edit, replan).map((r) => ({
      crew: crews[r.crewIndex] as CrewInput,
      jobs: r.jobIds.map((jobId) => ({ jobId, version: jobs.get(jobId)?.version ?? 1 })),
    })),
  };
}

/**
 * The edited plan shown like a proposal: the checked arrivals and kilometres (the check answers
 * only the routes with jobs, in the request's order), each visit's number and window from the
 * proposal. Without a check answer the arrivals are empty.
 */
export function routesOf(
  edit: PlanEdit,
  proposal: DayProposal,
  crews: readonly CrewInput[],
  jobs: ReadonlyMap<number, PlanJobInfo>,
  checked: CheckedPlan | null,
  replan = false,
): ProposedRoute[] {
  return sentRoutes(edit, replan).flatMap((r, i) => {
    if (r.jobIds.length === 0) return [];
    const answer = checked?.routes.find((c) => c.crewIndex === i);
    const crew = crews[r.crewIndex] as CrewInput;
    const before = proposal.routes.find((p) => p.crewIndex === r.crewIndex);
    const route: ProposedRoute = {
      crewIndex: r.crewIndex,
      leadId: crew.leadId,
      memberIds: crew.memberIds ?? [],
      vehicleId: crew.vehicleId,
      km: answer?.km ?? before?.km ?? 0,
      backAt: answer?.backAt ?? '',
      overtime: answer?.overtime ?? false,
      visits: r.jobIds.map((jobId, k) => {
        const job = jobs.get(jobId);
        const visit = answer?.visits[k];
        return {
          jobId,
          number: job?.number ?? String(jobId),
          version: job?.version ?? 1,
          arrival: visit?.arrival ?? '',
          serviceMinutes: visit?.serviceMinutes ?? 0,
          windowStart: job?.windowStart ?? '',
          windowEnd: job?.windowEnd ?? '',
          site: job?.site ?? proposal.depot,
        };
      }),
    };
    return [route];
  });
}

/** Kilometres the edit adds (positive) or saves (negative) against the proposal, to one decimal. */
export function kmChange(proposal: DayProposal, checked: CheckedPlan): number {
  return Math.round((checked.km - proposal.km) * 10) / 10;
}

/**
 * A check's violation field (routes[r] or routes[r].jobs[k] of the request) turned into the job
 * or crew it names on the page (the request's routes are sentRoutes).
 */
export function violationTarget(
  edit: PlanEdit,
  field: string,
  replan = false,
): { crewIndex: number; jobId?: number } | null {
  const match = /^routes\[(\d+)\](?:\.jobs\[(\d+)\])?/.exec(field);
  if (!match) return null;
  const route = sentRoutes(edit, replan)[Number(match[1])];
  if (!route) return null;
  if (match[2] === undefined) return { crewIndex: route.crewIndex };
  return { crewIndex: route.crewIndex, jobId: route.jobIds[Number(match[2])] };
}
