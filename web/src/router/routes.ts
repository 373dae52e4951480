import type { Component } from 'vue';
import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { Avatar, Collection, Document, Histogram, Setting, Shop, User } from '@element-plus/icons-vue';
import type { Permission } from '@/stores/auth';

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

/** One entry of the side navigation. */
export interface NavItem {
  name: string;
  path: string;
  titleKey: string;
  permission: Permission;
  icon: Component;
}

/** The department's modules, in menu order. Only modules that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { name: 'Staff', path: '/staff', titleKey: 'layout.nav.staff', permission: 'staff.read', icon: User },
  { name: 'Eligible', path: '/eligible', titleKey: 'layout.nav.eligible', permission: 'staff.read', icon: Histogram },
  { name: 'Training', path: '/training', titleKey: 'layout.nav.training', permission: 'training.read', icon: Collection },
  { name: 'Audit', path: '/audit', titleKey: 'layout.nav.audit', permission: 'audit.read', icon: Document },
  { name: 'Policies', path: '/policies', titleKey: 'layout.nav.policies', permission: 'policy.read', icon: Setting },
  { name: 'Users', path: '/users', titleKey: 'layout.nav.users', permission: 'user.read', icon: Avatar },
  { name: 'Dealers', path: '/dealers', titleKey: 'layout.nav.dealers', permission: 'dealer.read', icon: Shop },
];

/** A page inside the main layout that needs one permission; the import stays a literal so Vite can split it. */
function pageRoute(
  path: string,
  name: string,
  component: () => Promise<RouteComponent>,
  permission: Permission,
  titleKey: string,
): RouteRecordRaw {
  return { path, name, component, meta: { permission, titleKey } };
}

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
      { path: '', name: 'Home', component: () => import('@/views/home/index.vue') },
      pageRoute('staff', 'Staff', () => import('@/views/staff/list.vue'), 'staff.read', 'staff.list.title'),
      pageRoute('eligible', 'Eligible', () => import('@/views/eligible/list.vue'), 'staff.read', 'eligible.title'),
      pageRoute('training', 'Training', () => import('@/views/training/index.vue'), 'training.read', 'training.title'),
      pageRoute('audit', 'Audit', () => import('@/views/audit/list.vue'), 'audit.read', 'audit.title'),
      pageRoute('policies', 'Policies', () => import('@/views/policies/list.vue'), 'policy.read', 'policies.title'),
      pageRoute('users', 'Users', () => import('@/views/users/list.vue'), 'user.read', 'users.title'),
      pageRoute('dealers', 'Dealers', () => import('@/views/dealers/list.vue'), 'dealer.read', 'dealers.title'),
      {
        path: ':pathMatch(.*)*',
        name: 'NotFound',
        component: () => import('@/views/errors/not-found.vue'),
        meta: { titleKey: 'common.notFound.title' },
      },
    ],
  },
];
