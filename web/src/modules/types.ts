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
  /**
   * Full-screen pages without the side navigation (the crew's phone screens, `layouts/bare-layout.vue`);
   * made with `pageRoute` like the others.
   */
  bareRoutes?: RouteRecordRaw[];
  nav: NavItem[];
}

/**
 * A page inside the main layout that needs one permission; the import stays a literal so Vite can
 * split it. `recordParam` (e.g. `:id(\\d+)`) gives each record its own link, `<path>/<id>`, served by
 * the same page (an optional parameter: the list stays mounted and opens the record in its drawer).
 */
export function pageRoute(
  path: string,
  name: string,
  component: () => Promise<RouteComponent>,
  permission: Permission,
  titleKey: string,
  recordParam?: string,
): RouteRecordRaw {
  const full = recordParam ? `${path}/${recordParam}?` : path;
  return { path: full, name, component, meta: { permission, titleKey } };
}

/** The list path of a page route (`staff/:id(\\d+)?` → `/staff`), as the navigation links it. */
export function listPathOf(route: Pick<RouteRecordRaw, 'path'>): string {
  return `/${route.path.replace(/\/:[^/]+\?$/, '')}`;
}
