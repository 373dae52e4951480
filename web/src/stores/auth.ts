import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as authApi from '@/api/auth';
import type { Me, Role } from '@/api/auth';
import type { Permission } from '@/api/types';

/** Permission strings the server puts into `Me.permissions` (generated from the contract). */
export type { Permission } from '@/api/types';

/** The logged-in user, its permissions and its CSRF token (memory only; refetched after reload). */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null);
  /** True once start-up has asked the server who we are. */
  const checked = ref(false);
  /** Set when a 401 ended the session, so the login page can say so. */
  const sessionExpired = ref(false);

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
    checked.value = true;
    sessionExpired.value = false;
    return result;
  }

  /** Asks the server for the current session; false when there is none. */
  async function fetchMe(): Promise<boolean> {
    try {
      me.value = await authApi.getMe();
      return true;
    } catch {
      me.value = null;
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
    }
  }

  /** Drops the session after a 401 from any request. */
  function expireSession(): void {
    if (me.value !== null) sessionExpired.value = true;
    me.value = null;
  }

  return { me, checked, sessionExpired, isLoggedIn, csrfToken, can, hasRole, login, fetchMe, logout, expireSession };
});
