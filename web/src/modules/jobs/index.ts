import { Calendar, Van } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Jobs from intake to dispatch (R-JOB-1..5, R-DSP-1/2/5): the list with each job's own link
 * (`/jobs/5`), intake, import, assignment, calls; and "my jobs today" for the crews on a phone.
 * Both entries need `job.read` (the server scopes what each reader sees, R-SEC-2). They come after
 * the staff entries, so the office still lands on its usual page and crews on their jobs of today.
 */
export const jobsModule: WebModule = {
  name: 'jobs',
  routes: [
    pageRoute('jobs', 'Jobs', () => import('./views/list.vue'), 'job.read', 'jobs.list.title', ':id(\\d+)'),
    pageRoute('my-jobs', 'MyJobs', () => import('./views/my-jobs/index.vue'), 'job.read', 'jobs.my.title'),
  ],
  nav: [
    {
      name: 'MyJobs',
      path: '/my-jobs',
      titleKey: 'layout.nav.myJobs',
      permission: 'job.read',
      icon: Calendar,
      order: 35,
    },
    { name: 'Jobs', path: '/jobs', titleKey: 'layout.nav.jobs', permission: 'job.read', icon: Van, order: 36 },
  ],
};
