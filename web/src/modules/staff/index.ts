import { Collection, Histogram, User } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** Staff, grades and promotions, training (R-ORG-1..3). */
export const staffModule: WebModule = {
  name: 'staff',
  routes: [
    pageRoute('staff', 'Staff', () => import('./views/staff/list.vue'), 'staff.read', 'staff.list.title', ':id(\\d+)'),
    pageRoute('eligible', 'Eligible', () => import('./views/eligible/list.vue'), 'staff.read', 'eligible.title'),
    pageRoute('training', 'Training', () => import('./views/training/index.vue'), 'training.read', 'training.title'),
  ],
  nav: [
    { name: 'Staff', path: '/staff', titleKey: 'layout.nav.staff', permission: 'staff.read', icon: User, order: 10 },
    {
      name: 'Eligible',
      path: '/eligible',
      titleKey: 'layout.nav.eligible',
      permission: 'staff.read',
      icon: Histogram,
      order: 20,
    },
    {
      name: 'Training',
      path: '/training',
      titleKey: 'layout.nav.training',
      permission: 'training.read',
      icon: Collection,
      order: 30,
    },
  ],
};
