import { OfficeBuilding } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** End customers with their contacts and sites (R-JOB-1). */
export const customersModule: WebModule = {
  name: 'customers',
  routes: [
    pageRoute(
      'customers',
      'Customers',
      () => import('./views/list.vue'),
      'customer.read',
      'customers.title',
      ':id(\\d+)',
    ),
  ],
  nav: [
    {
      name: 'Customers',
      path: '/customers',
      titleKey: 'layout.nav.customers',
      permission: 'customer.read',
      icon: OfficeBuilding,
      order: 50,
    },
  ],
};
