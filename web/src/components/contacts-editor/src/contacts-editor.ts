import type { ExtractPropTypes, PropType } from 'vue';
import type { FormItemRule } from 'element-plus';
import { isApiError } from '@/api/api-error';
import { isValidPhone } from '@/utils/phone';

/** One person to call, as the editor edits it; `id` keeps a stored contact (absent: a new one). */
export interface ContactRow {
  id?: number;
  name: string;
  phone: string;
  title: string;
}

/** The server's limits of a contact list (platform/contact_rules.hpp). */
export const CONTACT_LIMITS = { nameMax: 50, titleMax: 30, maxContacts: 20 } as const;

export const contactsEditorProps = {
  /**
   * @description the contacts (`v-model`), in the record's order
   */
  modelValue: { type: Array as PropType<ContactRow[]>, required: true },
  /**
   * @description the form model's property holding the list: its items are validated as `<prop>.<i>.<field>`
   */
  prop: { type: String, default: 'contacts' },
  /**
   * @description server messages per `<index>.<field>` (see contactErrorsOf), already localized
   */
  errors: { type: Object as PropType<Record<string, string>>, default: () => ({}) },
  /**
   * @description data-testid prefix of the rows, inputs and buttons
   */
  testid: { type: String, default: 'contacts' },
} as const;

export type ContactsEditorProps = ExtractPropTypes<typeof contactsEditorProps>;

export const contactsEditorEmits = {
  /** @description the list changed (v-model) */
  'update:modelValue': (rows: ContactRow[]) => Array.isArray(rows),
};

export type ContactsEditorEmits = typeof contactsEditorEmits;

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The el-form rules of one row, as the server checks a list (name required, ≤ 50 characters; a
 * valid phone not listed twice; title ≤ 30 characters). `rows` reads the whole list.
 */
export function contactRules(
  t: Translate,
  rows: () => readonly ContactRow[],
  index: number,
): Record<string, FormItemRule[]> {
  return {
    name: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        max: CONTACT_LIMITS.nameMax,
        message: t('validation.client.maxLength', { n: CONTACT_LIMITS.nameMax }),
        trigger: 'blur',
      },
    ],
    phone: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        validator: (_rule, value: string, callback) => {
          const phone = (value ?? '').trim();
          if (phone && !isValidPhone(phone)) return callback(new Error(t('validation.invalid_phone')));
          const earlier = rows().findIndex((row) => row.phone.trim() === phone);
          if (phone && earlier >= 0 && earlier < index) return callback(new Error(t('contacts.duplicatePhone')));
          callback();
        },
        trigger: 'blur',
      },
    ],
    title: [
      {
        max: CONTACT_LIMITS.titleMax,
        message: t('validation.client.maxLength', { n: CONTACT_LIMITS.titleMax }),
        trigger: 'blur',
      },
    ],
  };
}

/** The request's contacts: trimmed, ids only for stored contacts. */
export function contactsInputOf(
  rows: readonly ContactRow[],
): { id?: number; name: string; phone: string; title: string }[] {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    name: row.name.trim(),
    phone: row.phone.trim(),
    title: row.title.trim(),
  }));
}

/**
 * The server's violations of a contact list (`contacts[1].phone`) by `<index>.<field>`, localized
 * with `text`; violations of other fields are left to the form.
 */
export function contactErrorsOf(
  error: unknown,
  text: (reason: string, detail?: string) => string,
  prop = 'contacts',
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  const pattern = new RegExp(`^${prop}\\[(\\d+)\\]\\.(\\w+)$`);
  for (const violation of error.violations) {
    const match = pattern.exec(violation.field);
    if (!match) continue;
    const key = `${match[1]}.${match[2]}`;
    const message = text(violation.reason, violation.detail);
    out[key] = out[key] ? `${out[key]}；${message}` : message;
  }
  return out;
}
