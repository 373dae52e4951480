import type { Component } from 'vue';
import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import type { Permission } from '@/api/types';

/** One entry of the side navigation. */
export interface NavItem {
  /** Route name the entry opens (also its test id: `nav-<name lower case>`). */
  name: string;
  path: string;
  titleKey: string;
  /** The permission a user needs to see the entry (and open the page). */
  permission: Permission;
  icon: Component;
  /** Position in the menu, smallest first. */
  order: number;
}

/**
 * A capability's share of the web UI. Its folder `modules/<area>/` also holds `locales/<lang>.json`
 * (found by the locale loader) and `api.ts`; `modules/index.ts` is the one list of modules.
 */
export interface WebModule {
  name: string;
  /** Pages inside the main layout. */
  routes: RouteRecordRaw[];
  nav: NavItem[];
}

/**
 * A page inside the main layout that needs one permission; the import stays a literal so Vite can
 * split it. `recordPath` (e.g. `:id(\\d+)`) gives each record its own link, `<path>/<id>`, served by the
 * same page (an alias: the list stays mounted and opens the record in its drawer).
 */
export function pageRoute(
  path: string,
  name: string,
  component: () => Promise<RouteComponent>,
  permission: Permission,
  titleKey: string,
  recordPath?: string,
): RouteRecordRaw {
  const route: RouteRecordRaw = { path, name, component, meta: { permission, titleKey } };
  if (recordPath) route.alias = `${path}/${recordPath}`;
  return route;
}
