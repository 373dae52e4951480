import { Van } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** Vehicles the jobs are dispatched with (R-DSP-1/2): capacity, status and usual driver. */
export const fleetModule: WebModule = {
  name: 'fleet',
  routes: [
    pageRoute('vehicles', 'Vehicles', () => import('./views/list.vue'), 'vehicle.read', 'fleet.title', ':id(\\d+)'),
  ],
  nav: [
    {
      name: 'Vehicles',
      path: '/vehicles',
      titleKey: 'layout.nav.vehicles',
      permission: 'vehicle.read',
      icon: Van,
      order: 60,
    },
  ],
};
