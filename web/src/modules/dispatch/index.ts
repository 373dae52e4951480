import { MapLocation } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * The planning assistant (R-DSP-4): the head forms the day's crews, the assistant proposes who
 * takes which job in what order and when, and the head accepts the plan.
 */
export const dispatchModule: WebModule = {
  name: 'dispatch',
  routes: [pageRoute('dispatch', 'DayPlan', () => import('./views/day-plan.vue'), 'dispatch.plan', 'dispatch.title')],
  nav: [
    {
      name: 'DayPlan',
      path: '/dispatch',
      titleKey: 'layout.nav.dispatch',
      permission: 'dispatch.plan',
      icon: MapLocation,
      order: 37,
    },
  ],
};
