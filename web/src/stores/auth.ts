import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as authApi from '@/api/auth';
import type { Me, Role } from '@/api/auth';
import { isApiError } from '@/api/api-error';
import type { Permission } from '@/api/types';

/** Permission strings the server puts into `Me.permissions` (generated from the contract). */
export type { Permission } from '@/api/types';

/** Where the last known user is kept for a start without a network (ADR 0017). */
export const SESSION_STORAGE_KEY = 'kefu.lastUser';

/** The last user the server confirmed, without the CSRF token (which stays in memory only). */
function remember(me: Me | null): void {
  try {
    if (me) globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...me, csrfToken: '' }));
    else globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage unavailable: an offline start then shows the login page.
  }
}

function recall(): Me | null {
  try {
    const text = globalThis.localStorage?.getItem(SESSION_STORAGE_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    if (typeof value === 'object' && value !== null && 'id' in value && 'permissions' in value) return value as Me;
  } catch {
    // Unreadable: as if there were none.
  }
  return null;
}

/**
 * The logged-in user, its permissions and its CSRF token (refetched after reload). When the server
 * cannot be reached at start (a crew's phone offline), the last user it confirmed on this browser is
 * taken, without a CSRF token, so the field screens open; `offline` says so, and the next answer
 * from the server (a 401 included) decides again.
 */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null);
  /** True once start-up has asked the server who we are. */
  const checked = ref(false);
  /** Set when a 401 ended the session, so the login page can say so. */
  const sessionExpired = ref(false);
  /** The user was taken from this browser's memory because the server could not be reached. */
  const offline = ref(false);

  const isLoggedIn = computed(() => me.value !== null);
  const csrfToken = computed(() => me.value?.csrfToken ?? null);
  const permissions = computed(() => new Set(me.value?.permissions ?? []));
  const roles = computed(() => new Set<Role>(me.value?.roles ?? []));

  function can(permission: Permission): boolean {
    return permissions.value.has(permission);
  }

  function hasRole(role: Role): boolean {
    return roles.value.has(role);
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await authApi.login({ username, password });
    me.value = result;
    remember(result);
    offline.value = false;
    checked.value = true;
    sessionExpired.value = false;
    return result;
  }

  /**
   * Asks the server for the current session; false when there is none. Without an answer (offline)
   * the last confirmed user stands in, if this browser has one.
   */
  async function fetchMe(): Promise<boolean> {
    try {
      me.value = await authApi.getMe();
      remember(me.value);
      offline.value = false;
      return true;
    } catch (error) {
      const cached = isApiError(error) && error.code === 'NETWORK_ERROR' ? recall() : null;
      if (cached) {
        // Keep a token a session of this page already had: the cookie is the same session.
        me.value = { ...cached, csrfToken: me.value?.id === cached.id ? me.value.csrfToken : '' };
        offline.value = true;
        return true;
      }
      me.value = null;
      if (isApiError(error) && error.status === 401) remember(null);
      return false;
    } finally {
      checked.value = true;
    }
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } finally {
      me.value = null;
      remember(null);
    }
  }

  /** Drops the session after a 401 from any request. */
  function expireSession(): void {
    if (me.value !== null) sessionExpired.value = true;
    me.value = null;
    remember(null);
  }

  return {
    me,
    checked,
    sessionExpired,
    offline,
    isLoggedIn,
    csrfToken,
    can,
    hasRole,
    login,
    fetchMe,
    logout,
    expireSession,
  };
});
