import MockAdapter from 'axios-mock-adapter';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { defineComponent } from 'vue';
import { http } from '@/api/client';
import { createTrainingTopic } from '@/modules/staff/training-api';
import { listStaff } from '@/modules/staff/api';
import { bootstrapClient } from '@/bootstrap';
import { setLocale } from '@/locales';
import { useAuthStore } from '@/stores/auth';

const { errorToast } = vi.hoisted(() => ({ errorToast: vi.fn() }));
vi.mock('element-plus', () => ({ ElMessage: { error: errorToast } }));

const Empty = defineComponent({ render: () => null });
let mock: MockAdapter;
let router: Router;

beforeEach(async () => {
  const pinia = createPinia();
  setActivePinia(pinia);
  setLocale('zh-CN');
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'Login', component: Empty },
      { path: '/staff', name: 'Staff', component: Empty },
    ],
  });
  bootstrapClient(pinia, router);
  await router.push('/staff');
  mock = new MockAdapter(http);
  errorToast.mockReset();
  useAuthStore().me = {
    id: 1,
    username: 'head',
    displayName: '张主任',
    roles: ['head'],
    permissions: ['staff.read', 'training.write'],
    csrfToken: 'token-from-me',
  };
});

afterEach(() => mock.restore());

describe('client wiring', () => {
  it('sends the CSRF token of the logged-in user on writes', async () => {
    mock.onPost('/training/topics').reply(201, { id: 1, name: 'x', required: true });
    await createTrainingTopic({ name: 'x', required: true });
    expect(mock.history.post[0]?.headers?.['X-CSRF-Token']).toBe('token-from-me');
  });

  it('a 401 anywhere ends the session and goes to login with "session expired"', async () => {
    mock.onGet('/staff').reply(401, { error: { code: 'UNAUTHENTICATED', message: 'expired', violations: [] } });
    await expect(listStaff({})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('Login'));
    expect(router.currentRoute.value.query).toMatchObject({ expired: '1', redirect: '/staff' });
    const auth = useAuthStore();
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.sessionExpired).toBe(true);
    expect(auth.csrfToken).toBeNull();
    expect(errorToast).not.toHaveBeenCalled();
  });

  it('shows other errors once, localized by code', async () => {
    mock.onGet('/staff').reply(403, { error: { code: 'PERMISSION_DENIED', message: 'no', violations: [] } });
    await expect(listStaff({})).rejects.toMatchObject({ status: 403 });
    expect(errorToast).toHaveBeenCalledTimes(1);
    expect(errorToast.mock.calls[0]?.[0]).toMatchObject({ message: '没有权限执行此操作' });
  });
});
