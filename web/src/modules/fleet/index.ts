import { Tickets, Van } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Vehicles the jobs are dispatched with (R-DSP-1/2): capacity, status and usual driver; and their
 * trip logs (R-VEH-1): a driver's own trips on his phone, the head's flags.
 */
export const fleetModule: WebModule = {
  name: 'fleet',
  routes: [
    pageRoute('vehicles', 'Vehicles', () => import('./views/list.vue'), 'vehicle.read', 'fleet.title', ':id(\\d+)'),
    pageRoute('trips', 'Trips', () => import('./views/trip-list.vue'), 'trip_log.read', 'trips.title'),
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
    {
      name: 'Trips',
      path: '/trips',
      titleKey: 'layout.nav.trips',
      permission: 'trip_log.read',
      icon: Tickets,
      order: 61,
    },
  ],
};
