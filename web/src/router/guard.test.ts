import MockAdapter from 'axios-mock-adapter';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { http } from '@/api/client';
import { useAuthStore } from '@/stores/auth';
import { LANDING_PATH, installGuards } from './guard';
import { routes } from './routes';

let mock: MockAdapter;

function me(permissions: string[]) {
  return { id: 2, username: 'u', displayName: 'U', roles: ['dealer'], permissions, csrfToken: 't' };
}

function makeRouter() {
  const router = createRouter({ history: createMemoryHistory(), routes });
  installGuards(router);
  return router;
}

beforeEach(() => {
  setActivePinia(createPinia());
  mock = new MockAdapter(http);
});

afterEach(() => mock.restore());

describe('navigation guards', () => {
  it('sends a visitor without a session to the login page, keeping the target', async () => {
    mock.onGet('/auth/me').reply(401, { error: { code: 'UNAUTHENTICATED', message: '', violations: [] } });
    const router = makeRouter();
    await router.push('/audit');
    expect(router.currentRoute.value.name).toBe('Login');
    expect(router.currentRoute.value.query.redirect).toBe('/audit');
    expect(useAuthStore().sessionExpired).toBe(false);
  });

  it('opens only modules the user may use: another page lands on the home page', async () => {
    mock.onGet('/auth/me').reply(200, me(['dealer.read']));
    const router = makeRouter();
    await router.push('/staff');
    expect(router.currentRoute.value.path).toBe(LANDING_PATH);
    expect(router.currentRoute.value.name).toBe('Home');
  });

  it('sends a logged-in user from the login page to the home page', async () => {
    mock.onGet('/auth/me').reply(200, me([]));
    const router = makeRouter();
    await router.push('/login');
    expect(router.currentRoute.value.name).toBe('Home');
  });

  it('lets a user with the permission in', async () => {
    mock.onGet('/auth/me').reply(200, me(['staff.read', 'audit.read']));
    const router = makeRouter();
    await router.push('/audit');
    expect(router.currentRoute.value.path).toBe('/audit');
  });

  it('opens the full-screen field pages outside the main layout, and keeps / the home page', async () => {
    mock.onGet('/auth/me').reply(200, me(['field.record', 'job.read']));
    const router = makeRouter();
    await router.push('/field/jobs/12');
    expect(router.currentRoute.value.name).toBe('FieldJob');
    expect(router.currentRoute.value.matched.map((r) => r.name ?? r.path)).toEqual(['/', 'FieldJob']);
    await router.push('/field');
    expect(router.currentRoute.value.name).toBe('FieldJobs');
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('Home');
    await router.push('/no-such-page');
    expect(router.currentRoute.value.name).toBe('NotFound');
  });
});
