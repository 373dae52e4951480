import { reactive } from 'vue';
import { getSite, type Site } from '@/modules/customers/api';
import { listJobs, type Job } from '@/modules/jobs/api';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';
import { useAuthStore } from '@/stores/auth';
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
 * `GET /jobs?from=today&to=today` to them), with their sites' addresses.
 */
export function useMyJobs(refs: Pick<JobRefs, 'prime'>): LoadedList<Job> & { today: string; sites: Map<number, Site> } {
  const auth = useAuthStore();
  const today = todayInShanghai();
  const sites = reactive(new Map<number, Site>());
  const list = useLoadedList(async () => {
    const out: Job[] = [];
    for (let page = 1; page <= 10; page += 1) {
      const result = await listJobs({ from: today, to: today, page, pageSize: 200 }, { silent: true });
      out.push(...result.items);
      if (page * 200 >= result.total || result.items.length === 0) break;
    }
    void refs.prime(out);
    if (auth.can('site.read')) {
      const missing = [...new Set(out.map((j) => j.siteId))].filter((id) => !sites.has(id));
      await Promise.all(
        missing.map((id) =>
          getSite(id, { silent: true })
            .then((site) => sites.set(id, site))
            .catch(() => undefined),
        ),
      );
    }
    return sortForToday(out);
  });
  void list.reload();
  return { ...list, today, sites };
}
