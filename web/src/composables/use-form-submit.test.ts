import type { FormInstance } from 'element-plus';
import { ElMessage } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { ApiError } from '@/api/api-error';
import type { FormErrors } from './use-form-errors';
import { useFormSubmit } from './use-form-submit';

function fakeForm(valid: boolean): FormInstance {
  const validate = valid ? () => Promise.resolve(true) : () => Promise.reject(new Error('invalid'));
  return { validate } as unknown as FormInstance;
}

function fakeErrors(applies: boolean): FormErrors {
  return { fields: {}, general: ref([]), clear: vi.fn(), apply: vi.fn(() => applies) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useFormSubmit', () => {
  it('does not save when the form is invalid', async () => {
    const { run, saving } = useFormSubmit(ref(fakeForm(false)), fakeErrors(false));
    const save = vi.fn(() => Promise.resolve());
    await run(save);
    expect(save).not.toHaveBeenCalled();
    expect(saving.value).toBe(false);
  });

  it('saves once at a time and clears saving afterwards', async () => {
    const { run, saving } = useFormSubmit(ref(fakeForm(true)), fakeErrors(false));
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const first = run(save);
    await vi.waitFor(() => expect(saving.value).toBe(true));
    await run(save);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await first;
    expect(saving.value).toBe(false);
  });

  it('maps violations onto the form, toasts other API errors, lets onError take over', async () => {
    const toast = vi.spyOn(ElMessage, 'error').mockImplementation(() => ({ close: () => undefined }));
    const failure = new ApiError(409, 'ABORTED', 'stale');

    const mapped = fakeErrors(true);
    await useFormSubmit(ref(fakeForm(true)), mapped).run(() => Promise.reject(failure));
    expect(mapped.apply).toHaveBeenCalledWith(failure);
    expect(toast).not.toHaveBeenCalled();

    await useFormSubmit(ref(fakeForm(true)), fakeErrors(false)).run(() => Promise.reject(failure));
    expect(toast).toHaveBeenCalledTimes(1);

    const handled = fakeErrors(false);
    const onError = vi.fn(() => true);
    await useFormSubmit(ref(fakeForm(true)), handled).run(() => Promise.reject(failure), onError);
    expect(onError).toHaveBeenCalledWith(failure);
    expect(handled.apply).not.toHaveBeenCalled();
    expect(toast).toHaveBeenCalledTimes(1);
  });
});
