import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
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
      {
        path: 'staff',
        name: 'Staff',
        component: () => import('@/views/staff/list.vue'),
        meta: { permission: 'staff.read', titleKey: 'staff.list.title' },
      },
      {
        path: 'eligible',
        name: 'Eligible',
        component: () => import('@/views/eligible/list.vue'),
        meta: { permission: 'staff.read', titleKey: 'eligible.title' },
      },
      {
        path: 'training',
        name: 'Training',
        component: () => import('@/views/training/index.vue'),
        meta: { permission: 'training.read', titleKey: 'training.title' },
      },
      {
        path: 'audit',
        name: 'Audit',
        component: () => import('@/views/audit/list.vue'),
        meta: { permission: 'audit.read', titleKey: 'audit.title' },
      },
      {
        path: 'policies',
        name: 'Policies',
        component: () => import('@/views/policies/list.vue'),
        meta: { permission: 'policy.read', titleKey: 'policies.title' },
      },
      {
        path: 'users',
        name: 'Users',
        component: () => import('@/views/users/list.vue'),
        meta: { permission: 'user.read', titleKey: 'users.title' },
      },
      {
        path: 'dealers',
        name: 'Dealers',
        component: () => import('@/views/dealers/list.vue'),
        meta: { permission: 'dealer.read', titleKey: 'dealers.title' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'NotFound',
        component: () => import('@/views/errors/not-found.vue'),
        meta: { titleKey: 'common.notFound.title' },
      },
    ],
  },
];
