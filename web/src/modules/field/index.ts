import { Iphone } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Field work (issue 10, R-FLD): the labels of the crew's steps, checks, outcomes and incidents, and
 * the crew's phone screens (R-FLD-1..4, R-FLD-10): their jobs of today and the next days and each
 * job's checklist, full screen and offline first (ADR 0017). Everything recorded goes to the
 * phone's outbox and is sent when the network allows.
 */
export const fieldModule: WebModule = {
  name: 'field',
  routes: [],
  bareRoutes: [
    pageRoute('field', 'FieldJobs', () => import('./views/my-jobs/index.vue'), 'field.record', 'field.phone.title'),
    pageRoute(
      'field/jobs/:id(\\d+)',
      'FieldJob',
      () => import('./views/job/index.vue'),
      'field.record',
      'field.phone.jobTitle',
    ),
  ],
  nav: [
    {
      name: 'FieldJobs',
      path: '/field',
      titleKey: 'layout.nav.field',
      permission: 'field.record',
      icon: Iphone,
      order: 34,
    },
  ],
};
