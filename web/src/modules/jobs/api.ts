import { get, post, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Job = Schemas['Job'];
export type JobDetail = Schemas['JobDetail'];
export type JobPage = Schemas['JobPage'];
export type JobItem = Schemas['JobItem'];
export type JobKind = Schemas['JobKind'];
export type JobStatus = Schemas['JobStatus'];
export type JobEvent = Schemas['JobEvent'];
export type JobFlag = Schemas['JobFlag'];
export type JobCall = Schemas['JobCall'];
export type JobTransition = Schemas['JobTransition'];
export type Assignment = Schemas['Assignment'];
export type CrewApproval = Schemas['CrewApproval'];
export type Priority = Schemas['Priority'];
export type CallKind = Schemas['CallKind'];
export type CallOutcome = Schemas['CallOutcome'];
export type NewJob = Schemas['NewJob'];
export type NewJobItem = Schemas['NewJobItem'];
export type AssignmentInput = Schemas['AssignmentInput'];
export type EventInput = Schemas['EventInput'];
export type CallInput = Schemas['CallInput'];
export type JobImportRow = Schemas['JobImportRow'];
export type JobImportItem = Schemas['JobImportItem'];
export type JobImportInput = Schemas['JobImportInput'];
export type JobImportResult = Schemas['JobImportResult'];
export type ListJobsQuery = QueryOf<'listJobs'>;
export type JobDayCounts = Schemas['JobDayCounts'];
export type CountJobsByDayQuery = QueryOf<'countJobsByDay'>;

/** One page of the jobs the reader may see (scoped by the server), filtered. */
export function listJobs(query: ListJobsQuery, options?: RequestOptions): Promise<JobPage> {
  return get<JobPage>('/jobs', query, options);
}

/** Jobs per day (scheduled, else requested) and state, at most 62 days; needs `job.read_all`. */
export function countJobsByDay(query: CountJobsByDayQuery, options?: RequestOptions): Promise<JobDayCounts> {
  return get<JobDayCounts>('/jobs/days', query, options);
}

/** One job with its transitions, calls and the events the reader may fire now. */
export function getJob(id: number, options?: RequestOptions): Promise<JobDetail> {
  return get<JobDetail>(`/jobs/${id}`, undefined, options);
}

/** Raises a job of any kind; a dealer's account raises its own dealer's jobs. */
export function createJob(body: NewJob, options?: RequestOptions): Promise<Job> {
  return post<Job>('/jobs', body, options);
}

/** Imports after-sales notices and work plans, all rows or none (violations `rows[i].field`). */
export function importJobs(body: JobImportInput, options?: RequestOptions): Promise<JobImportResult> {
  return post<JobImportResult>('/jobs/import', body, options);
}

/**
 * Assigns crew, vehicle, date and window. A clash is refused with violations naming it; a crew over
 * the policy size comes back with `crewApproval: pending` (it waits for leadership).
 */
export function assignJob(id: number, body: AssignmentInput, options?: RequestOptions): Promise<Job> {
  return post<Job>(`/jobs/${id}/assignment`, body, options);
}

/** Moves the job along its life cycle; cancel and return-to-factory need a reason. */
export function fireJobEvent(id: number, body: EventInput, options?: RequestOptions): Promise<Job> {
  return post<Job>(`/jobs/${id}/events`, body, options);
}

/** Records an ETA call or an address confirmation. */
export function recordJobCall(id: number, body: CallInput, options?: RequestOptions): Promise<JobCall> {
  return post<JobCall>(`/jobs/${id}/calls`, body, options);
}

/** The link of the job's feedback form (客户意见反馈表) as an A4 PDF. */
export function feedbackFormUrl(id: number): string {
  return `/api/v1/jobs/${id}/feedback-form.pdf`;
}
