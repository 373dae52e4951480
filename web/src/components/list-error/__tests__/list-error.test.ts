import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { i18n, setLocale } from '@/locales';
import { ListError, listErrorKind } from '../index';

let online = true;

beforeAll(() => {
  setLocale('zh-CN');
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
});

afterEach(() => {
  online = true;
});

function mountError(error: ApiError) {
  return mount(ListError, { props: { error }, global: { plugins: [ElementPlus, i18n] } });
}

describe('ListError', () => {
  it('says offline when the browser is offline', () => {
    online = false;
    const wrapper = mountError(new ApiError(0, 'NETWORK_ERROR', 'Network Error'));
    expect(wrapper.attributes('data-kind')).toBe('offline');
    expect(wrapper.text()).toContain('网络已断开');
    expect(wrapper.find('[data-testid="list-retry"]').exists()).toBe(true);
  });

  it('says the server is out of reach when online, and follows the online event', async () => {
    const wrapper = mountError(new ApiError(0, 'NETWORK_ERROR', 'Network Error'));
    expect(wrapper.text()).toContain('无法连接服务器');
    online = false;
    window.dispatchEvent(new Event('offline'));
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toContain('网络已断开');
  });

  it("shows the server's refusal by its code, and emits retry", async () => {
    const wrapper = mountError(new ApiError(403, 'PERMISSION_DENIED', 'no'));
    expect(wrapper.text()).toContain('加载失败');
    expect(wrapper.text()).toContain('没有权限执行此操作');
    await wrapper.find('[data-testid="list-retry"]').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('classifies errors', () => {
    expect(listErrorKind(new ApiError(0, 'NETWORK_ERROR', ''), false)).toBe('offline');
    expect(listErrorKind(new ApiError(0, 'NETWORK_ERROR', ''), true)).toBe('unreachable');
    expect(listErrorKind(new ApiError(503, 'UNAVAILABLE', ''), false)).toBe('refused');
  });
});
