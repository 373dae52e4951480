import { Grid, MapLocation } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * The planning assistant (R-DSP-4): the head forms the day's crews, the assistant proposes who
 * takes which job in what order and when, and the head accepts the plan. The dispatch board
 * (R-DSP-3): the jobs of a day or week by crew, moved by dragging, checked by the server.
 */
export const dispatchModule: WebModule = {
  name: 'dispatch',
  routes: [
    pageRoute('dispatch', 'DayPlan', () => import('./views/day-plan.vue'), 'dispatch.plan', 'dispatch.title'),
    pageRoute(
      'dispatch/board',
      'DispatchBoard',
      () => import('./views/board/dispatch-board.vue'),
      'dispatch.plan',
      'dispatch.board.title',
    ),
  ],
  nav: [
    {
      name: 'DayPlan',
      path: '/dispatch',
      titleKey: 'layout.nav.dispatch',
      permission: 'dispatch.plan',
      icon: MapLocation,
      order: 37,
    },
    {
      name: 'DispatchBoard',
      path: '/dispatch/board',
      titleKey: 'layout.nav.board',
      permission: 'dispatch.plan',
      icon: Grid,
      order: 38,
    },
  ],
};
