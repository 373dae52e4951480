import { Stamp } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** The approval inbox: leadership decides the exceptions others ask for (R-ORG-2, R-JOB-3). */
export const approvalsModule: WebModule = {
  name: 'approvals',
  routes: [
    pageRoute(
      'approvals',
      'Approvals',
      () => import('./views/list.vue'),
      'approval.read',
      'approvals.title',
      ':id(\\d+)',
    ),
  ],
  nav: [
    {
      name: 'Approvals',
      path: '/approvals',
      titleKey: 'layout.nav.approvals',
      permission: 'approval.read',
      icon: Stamp,
      order: 25,
    },
  ],
};
