import { DOMWrapper, flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import ElementPlus from 'element-plus';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http } from '@/api/client';
import { finishReauth, requestReauth } from '@/composables/use-reauth';
import { i18n, setLocale } from '@/locales';
import { useAuthStore } from '@/stores/auth';
import { ReauthDialog } from '../index';

let mock: MockAdapter;

beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('zh-CN');
  mock = new MockAdapter(http);
});

afterEach(() => {
  finishReauth(false);
  mock.restore();
  document.body.innerHTML = '';
});

function $(selector: string): DOMWrapper<HTMLElement> {
  const element = document.body.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return new DOMWrapper(element);
}

function mountDialog() {
  return mount(ReauthDialog, {
    global: { plugins: [ElementPlus, i18n], stubs: { transition: false } },
    attachTo: document.body,
  });
}

describe('ReauthDialog', () => {
  it('asks for the password of the user whose session ended and resolves the wait after login', async () => {
    mock.onPost('/auth/login').reply(200, {
      id: 1,
      username: 'head',
      displayName: '王建国',
      roles: ['head'],
      permissions: ['staff.read'],
      csrfToken: 'new-token',
    });
    const wrapper = mountDialog();
    const waiting = requestReauth('head');
    await flushPromises();
    expect(($('[data-testid="reauth-username"]').element as HTMLInputElement).value).toBe('head');
    expect(($('[data-testid="reauth-username"]').element as HTMLInputElement).readOnly).toBe(true);

    await $('[data-testid="reauth-password"]').setValue('Kefu@2026');
    await $('[data-testid="reauth-submit"]').trigger('click');
    await expect(waiting).resolves.toBe(true);
    expect(JSON.parse(String(mock.history.post[0]?.data))).toEqual({ username: 'head', password: 'Kefu@2026' });
    expect(useAuthStore().csrfToken).toBe('new-token');
    expect(wrapper.emitted('done')).toEqual([[true]]);
  });

  it('says so when the password is wrong, and keeps waiting', async () => {
    mock.onPost('/auth/login').reply(401, { error: { code: 'UNAUTHENTICATED', message: 'no', violations: [] } });
    mountDialog();
    const settled = vi.fn();
    void requestReauth('head').then(settled);
    await flushPromises();
    await $('[data-testid="reauth-password"]').setValue('wrong-password');
    await $('[data-testid="reauth-submit"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect($('[data-testid="reauth-error"]').text()).toContain('用户名或密码错误'));
    expect(settled).not.toHaveBeenCalled();
  });

  it('giving up resolves the wait with false', async () => {
    mountDialog();
    const waiting = requestReauth('head');
    await flushPromises();
    await $('[data-testid="reauth-cancel"]').trigger('click');
    await expect(waiting).resolves.toBe(false);
  });
});
