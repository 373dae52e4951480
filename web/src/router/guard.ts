import type { RouteLocationNormalizedLoaded, Router } from 'vue-router';
import { i18n } from '@/locales';
import { useAuthStore } from '@/stores/auth';

/**
 * Where a user lands after logging in, and where a page they may not open sends them: the home
 * page, which shows every role what to do today (or what will come), never a "no permission" page.
 */
export const LANDING_PATH = '/';

/** Session check on start, login redirect, permission check, and document title. */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    if (!auth.checked) await auth.fetchMe();
    if (to.meta.public) {
      if (to.name === 'Login' && auth.isLoggedIn) return LANDING_PATH;
      return true;
    }
    if (!auth.isLoggedIn) {
      return { name: 'Login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
    }
    if (to.meta.permission && !auth.can(to.meta.permission)) {
      return LANDING_PATH;
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
