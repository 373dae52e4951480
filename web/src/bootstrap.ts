import { ElMessage } from 'element-plus';
import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { configureClient } from '@/api/client';
import type { ApiError } from '@/api/api-error';
import { requestReauth } from '@/composables/use-reauth';
import { i18n } from '@/locales';
import { useAuthStore } from '@/stores/auth';

/** The localized text for an ApiError's code (the one place codes become messages). */
export function errorMessage(error: ApiError): string {
  // No answer while the browser knows it is offline: say offline, not "network failure".
  if (error.code === 'NETWORK_ERROR' && typeof navigator !== 'undefined' && navigator.onLine === false) {
    return i18n.global.t('errors.OFFLINE');
  }
  const key = `errors.${error.code}`;
  return i18n.global.te(key) ? i18n.global.t(key) : i18n.global.t('errors.INTERNAL');
}

/**
 * Wires the HTTP client to the auth store (CSRF; 401 → log in again in a dialog, keeping the page
 * and what was typed, else the login page) and to the global error toast.
 */
export function bootstrapClient(pinia: Pinia, router: Router): void {
  configureClient({
    getCsrfToken: () => useAuthStore(pinia).csrfToken,
    onUnauthenticated: async () => {
      const auth = useAuthStore(pinia);
      const current = router.currentRoute.value;
      const username = auth.me?.username;
      if (username && current.name !== 'Login' && !current.meta.public) {
        if (await requestReauth(username)) return true;
      }
      auth.expireSession();
      const now = router.currentRoute.value;
      if (now.name !== 'Login') {
        void router.push({ name: 'Login', query: { expired: '1', redirect: now.fullPath } });
      }
      return false;
    },
    onError: (error) => {
      ElMessage.error({ message: errorMessage(error), grouping: true });
    },
  });
}
