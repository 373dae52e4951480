import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@/locales';
import { DialogFooter } from '../index';

beforeEach(() => {
  setLocale('en');
});

function mountFooter(props: Record<string, unknown> = {}) {
  return mount(DialogFooter, { props, global: { plugins: [ElementPlus, i18n] } });
}

describe('DialogFooter', () => {
  it('offers cancel and save, and emits which one was clicked', async () => {
    const wrapper = mountFooter({ submitTestid: 'thing-submit' });
    const [cancel, save] = wrapper.findAll('button');
    expect(cancel?.text()).toBe(i18n.global.t('common.actions.cancel'));
    expect(save?.text()).toBe(i18n.global.t('common.actions.save'));
    expect(save?.attributes('data-testid')).toBe('thing-submit');
    await cancel?.trigger('click');
    await save?.trigger('click');
    expect(wrapper.emitted('cancel')).toHaveLength(1);
    expect(wrapper.emitted('submit')).toHaveLength(1);
  });

  it('shows the given submit text and does not submit while loading or disabled', async () => {
    const wrapper = mountFooter({ submitText: 'Promote', loading: true });
    const save = wrapper.findAll('button')[1];
    expect(save?.text()).toBe('Promote');
    await save?.trigger('click');
    await wrapper.setProps({ loading: false, disabled: true });
    await save?.trigger('click');
    expect(wrapper.emitted('submit')).toBeUndefined();
  });
});
