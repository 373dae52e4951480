import MockAdapter from 'axios-mock-adapter';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { defineComponent } from 'vue';
import { http } from '@/api/client';
import { createTrainingTopic } from '@/modules/staff/training-api';
import { listStaff } from '@/modules/staff/api';
import { ApiError } from '@/api/api-error';
import { bootstrapClient, errorMessage } from '@/bootstrap';
import { setLocale } from '@/locales';
import { finishReauth, useReauth } from '@/composables/use-reauth';
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
  useAuthStore().me = me();
});

afterEach(() => {
  finishReauth(false);
  mock.restore();
});

function me() {
  return {
    id: 1,
    username: 'head',
    displayName: '张主任',
    roles: ['head' as const],
    permissions: ['staff.read' as const, 'training.write' as const],
    csrfToken: 'token-from-me',
  };
}

describe('client wiring', () => {
  it('sends the CSRF token of the logged-in user on writes', async () => {
    mock.onPost('/training/topics').reply(201, { id: 1, name: 'x', required: true });
    await createTrainingTopic({ name: 'x', required: true });
    expect(mock.history.post[0]?.headers?.['X-CSRF-Token']).toBe('token-from-me');
  });

  it('a 401 asks to log in again; giving up ends the session and goes to login with "session expired"', async () => {
    mock.onGet('/staff').reply(401, { error: { code: 'UNAUTHENTICATED', message: 'expired', violations: [] } });
    const request = listStaff({});
    await vi.waitFor(() => expect(useReauth().state.open).toBe(true));
    expect(useReauth().state.username).toBe('head');
    finishReauth(false);
    await expect(request).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('Login'));
    expect(router.currentRoute.value.query).toMatchObject({ expired: '1', redirect: '/staff' });
    const auth = useAuthStore();
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.sessionExpired).toBe(true);
    expect(auth.csrfToken).toBeNull();
    expect(errorToast).not.toHaveBeenCalled();
  });

  it('after logging in again, the request that got 401 is sent again with the new CSRF token', async () => {
    let attempts = 0;
    mock.onPost('/training/topics').reply(() => {
      attempts += 1;
      return attempts === 1
        ? [401, { error: { code: 'UNAUTHENTICATED', message: 'expired', violations: [] } }]
        : [201, { id: 9, name: 'x', required: true }];
    });
    mock.onGet('/staff').reply(401, { error: { code: 'UNAUTHENTICATED', message: 'expired', violations: [] } });
    const write = createTrainingTopic({ name: 'x', required: true });
    await vi.waitFor(() => expect(useReauth().state.open).toBe(true));
    // A second request hitting 401 meanwhile waits for the same dialog.
    const read = listStaff({});
    useAuthStore().me = { ...me(), csrfToken: 'token-after-login' };
    mock.onGet('/staff').reply(200, { items: [], total: 0, page: 1, pageSize: 20 });
    finishReauth(true);
    await expect(write).resolves.toMatchObject({ id: 9 });
    await expect(read).resolves.toMatchObject({ total: 0 });
    expect(mock.history.post).toHaveLength(2);
    expect(mock.history.post[1]?.headers?.['X-CSRF-Token']).toBe('token-after-login');
    expect(router.currentRoute.value.name).toBe('Staff');
    expect(useAuthStore().isLoggedIn).toBe(true);
  });

  it('shows other errors once, localized by code', async () => {
    mock.onGet('/staff').reply(403, { error: { code: 'PERMISSION_DENIED', message: 'no', violations: [] } });
    await expect(listStaff({})).rejects.toMatchObject({ status: 403 });
    expect(errorToast).toHaveBeenCalledTimes(1);
    expect(errorToast.mock.calls[0]?.[0]).toMatchObject({ message: '没有权限执行此操作' });
  });

  it('says offline, not "network failure", when the browser is offline', () => {
    const failure = new ApiError(0, 'NETWORK_ERROR', 'Network Error');
    expect(errorMessage(failure)).toBe('网络连接失败，请检查网络');
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    expect(errorMessage(failure)).toBe('网络已断开（离线），请恢复网络后重试');
    onLine.mockRestore();
  });
});
