import { ref, type Ref } from 'vue';
import { ElMessage, type FormInstance } from 'element-plus';
import { isApiError } from '@/api/api-error';
import { errorMessage } from '@/bootstrap';
import type { FormErrors } from './use-form-errors';

export interface FormSubmit {
  /** True while a save is running (bind to the submit button's `loading`). */
  saving: Ref<boolean>;
  /**
   * Validates the form and, when valid and no save is running, runs `save`.
   * A failure goes to `onError` first (return true when it handled the error); otherwise server
   * violations are mapped onto the form fields, and any other ApiError is shown as a toast.
   */
  run: (save: () => Promise<void>, onError?: (error: unknown) => boolean | Promise<boolean>) => Promise<void>;
}

/** The submit cycle shared by the app's el-form dialogs: validate, save once at a time, show errors. */
export function useFormSubmit(formRef: Ref<FormInstance | undefined>, errors: FormErrors): FormSubmit {
  const saving = ref(false);

  async function run(
    save: () => Promise<void>,
    onError?: (error: unknown) => boolean | Promise<boolean>,
  ): Promise<void> {
    const form = formRef.value;
    if (!form || saving.value) return;
    const valid = await form.validate().catch(() => false);
    if (!valid) return;
    saving.value = true;
    try {
      await save();
    } catch (error) {
      if (onError && (await onError(error))) return;
      if (!errors.apply(error) && isApiError(error)) ElMessage.error(errorMessage(error));
    } finally {
      saving.value = false;
    }
  }

  return { saving, run };
}
