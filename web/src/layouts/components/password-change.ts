import type { FormRules } from 'element-plus';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The fields of the change-own-password form. */
export interface PasswordChangeModel {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Rules of the change-own-password form, as the server checks them (it also checks the current one). */
export function passwordChangeRules(t: Translate, form: () => PasswordChangeModel): FormRules {
  return {
    currentPassword: [{ required: true, message: t('validation.required'), trigger: 'blur' }],
    newPassword: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      { min: 8, message: t('validation.client.passwordTooShort'), trigger: 'blur' },
      { max: 256, message: t('validation.client.maxLength', { n: 256 }), trigger: 'blur' },
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          if (value && value === form().currentPassword) callback(new Error(t('validation.same_as_current')));
          else callback();
        },
        trigger: 'blur',
      },
    ],
    confirmPassword: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          if (value && value !== form().newPassword) callback(new Error(t('validation.client.passwordMismatch')));
          else callback();
        },
        trigger: 'blur',
      },
    ],
  };
}
