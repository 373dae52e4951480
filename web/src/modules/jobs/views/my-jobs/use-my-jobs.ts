import { listJobs, type Job } from '@/modules/jobs/api';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { todayInShanghai } from '@/utils/format';
import { plannedDate, windowText } from '../data';
import type { JobRefs } from '../use-job-refs';

/** Today's jobs in the order of their windows (earliest first, then by number). */
export function sortForToday(jobs: readonly Job[]): Job[] {
  return [...jobs].sort(
    (a, b) =>
      windowText(a).localeCompare(windowText(b)) ||
      plannedDate(a).localeCompare(plannedDate(b)) ||
      a.number.localeCompare(b.number),
  );
}

/**
 * "My jobs today": the jobs of the reader's crews planned for today (the server scopes
 * `GET /jobs?from=today&to=today` to them). Each job carries its customer's name and its address
 * (division and street), so a crew member needs no customer or site permission to read them.
 */
export function useMyJobs(refs: Pick<JobRefs, 'prime'>): LoadedList<Job> & { today: string } {
  const today = todayInShanghai();
  const list = useLoadedList(async () => {
    const out: Job[] = [];
    for (let page = 1; page <= 10; page += 1) {
      const result = await listJobs({ from: today, to: today, page, pageSize: 200 }, { silent: true });
      out.push(...result.items);
      if (page * 200 >= result.total || result.items.length === 0) break;
    }
    void refs.prime(out);
    return sortForToday(out);
  });
  void list.reload();
  return { ...list, today };
}
