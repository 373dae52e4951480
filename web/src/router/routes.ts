import type { RouteRecordRaw } from 'vue-router';
import type { Permission } from '@/api/types';
import { MODULES } from '@/modules';

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the page title. */
    titleKey?: string;
    /** Permission needed to open the page. */
    permission?: Permission;
    /** Reachable without a session. */
    public?: boolean;
  }
}

export type { NavItem } from '@/modules/types';
export { NAV_ITEMS } from '@/modules';

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'Login',
    component: () => import('@/views/login/index.vue'),
    meta: { public: true, titleKey: 'auth.title' },
  },
  {
    path: '/',
    component: () => import('@/layouts/main-layout.vue'),
    children: [
      {
        path: '',
        name: 'Home',
        component: () => import('@/views/home/index.vue'),
        meta: { titleKey: 'layout.nav.home' },
      },
      ...MODULES.flatMap((m) => m.routes),
      {
        path: ':pathMatch(.*)*',
        name: 'NotFound',
        component: () => import('@/views/errors/not-found.vue'),
        meta: { titleKey: 'common.notFound.title' },
      },
    ],
  },
  {
    // Full-screen pages (the crew's phone screens): no side navigation, the re-login dialog only.
    // After the main layout, so that `/` stays the home page.
    path: '/',
    component: () => import('@/layouts/bare-layout.vue'),
    children: MODULES.flatMap((m) => m.bareRoutes ?? []),
  },
];
