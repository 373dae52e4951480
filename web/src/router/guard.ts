import type { RouteLocationNormalizedLoaded, Router } from 'vue-router';
import { i18n } from '@/locales';
import { useAuthStore } from '@/stores/auth';
import { NAV_ITEMS } from './routes';

/** The first module the current user may open, or null. */
export function firstAllowedPath(): string | null {
  const auth = useAuthStore();
  return NAV_ITEMS.find((item) => auth.can(item.permission))?.path ?? null;
}

/** Session check on start, login redirect, permission check, and document title. */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    if (!auth.checked) await auth.fetchMe();
    if (to.meta.public) {
      if (to.name === 'Login' && auth.isLoggedIn) return firstAllowedPath() ?? '/';
      return true;
    }
    if (!auth.isLoggedIn) {
      return { name: 'Login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
    }
    if (to.meta.permission && !auth.can(to.meta.permission)) {
      return firstAllowedPath() ?? { name: 'Home' };
    }
    return true;
  });

  router.afterEach((to) => applyDocumentTitle(to));
}

/** Sets the browser tab's title for a page in the current language ("员工 · 客服部管理系统"). */
export function applyDocumentTitle(route: Pick<RouteLocationNormalizedLoaded, 'meta'>): void {
  const t = i18n.global.t;
  const app = t('common.appName');
  document.title = route.meta.titleKey ? `${t(route.meta.titleKey)} · ${app}` : app;
}
