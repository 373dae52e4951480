import MockAdapter from 'axios-mock-adapter';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import { SESSION_STORAGE_KEY, useAuthStore } from './auth';

let mock: MockAdapter;
const me = {
  id: 3,
  username: 'technician',
  displayName: '赵磊',
  roles: ['technician'],
  permissions: ['field.record'],
  staffId: 6,
  csrfToken: 'secret',
};

beforeEach(() => {
  setActivePinia(createPinia());
  localStorage.clear();
  mock = new MockAdapter(http);
});

afterEach(() => mock.restore());

describe('auth store offline', () => {
  it('remembers the confirmed user without the CSRF token', async () => {
    mock.onGet('/auth/me').reply(200, me);
    expect(await useAuthStore().fetchMe()).toBe(true);
    const stored = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
    expect(stored).toMatchObject({ id: 3, username: 'technician', csrfToken: '' });
  });

  it('starts with the remembered user when the server cannot be reached', async () => {
    mock.onGet('/auth/me').reply(200, me);
    await useAuthStore().fetchMe();
    setActivePinia(createPinia());
    mock.onGet('/auth/me').networkError();
    const auth = useAuthStore();
    expect(await auth.fetchMe()).toBe(true);
    expect(auth.offline).toBe(true);
    expect(auth.me?.username).toBe('technician');
    expect(auth.can('field.record')).toBe(true);
    expect(auth.csrfToken).toBe('');
  });

  it('forgets the user on a 401 and on logout; no network then means no session', async () => {
    mock.onGet('/auth/me').reply(200, me);
    await useAuthStore().fetchMe();
    mock.onGet('/auth/me').reply(401, { error: { code: 'UNAUTHENTICATED', message: '', violations: [] } });
    expect(await useAuthStore().fetchMe()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    mock.onGet('/auth/me').networkError();
    expect(await useAuthStore().fetchMe()).toBe(false);

    mock.onGet('/auth/me').reply(200, me);
    await useAuthStore().fetchMe();
    mock.onPost('/auth/logout').reply(204);
    await useAuthStore().logout();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
