import { Setting } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** Effective-dated policy values. */
export const policiesModule: WebModule = {
  name: 'policies',
  routes: [
    pageRoute(
      'policies',
      'Policies',
      () => import('./views/list.vue'),
      'policy.read',
      'policies.title',
      ':key([a-z0-9_.]+)',
    ),
  ],
  nav: [
    {
      name: 'Policies',
      path: '/policies',
      titleKey: 'layout.nav.policies',
      permission: 'policy.read',
      icon: Setting,
      order: 90,
    },
  ],
};
