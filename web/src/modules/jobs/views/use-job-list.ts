import { listJobs, type Job } from '@/modules/jobs/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { JOB_LIST_OPTIONS, listJobsQuery, type JobFilters } from './data';
import type { JobRefs } from './use-job-refs';

/** The job list: filters and page in the URL, server-side pages, missing names looked up as rows arrive. */
export function useJobList(refs: Pick<JobRefs, 'prime'>): UrlPagedList<Job, JobFilters> & {
  /** Every filtered row with its names known (for the export). */
  fetchAllNamed: (limit: number) => Promise<{ items: Job[]; total: number }>;
} {
  const list = useUrlPagedList<Job, JobFilters>(async (filters, page, pageSize) => {
    const result = await listJobs(listJobsQuery(filters, page, pageSize), { silent: true });
    void refs.prime(result.items);
    return result;
  }, JOB_LIST_OPTIONS);

  async function fetchAllNamed(limit: number): Promise<{ items: Job[]; total: number }> {
    const all = await list.fetchAll(limit);
    await refs.prime(all.items);
    return all;
  }

  return { ...list, fetchAllNamed };
}
