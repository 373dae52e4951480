import { reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api/api-error';

export interface FormErrors {
  /** Localized server message per form field, bound to `el-form-item :error`. */
  fields: Record<string, string>;
  /** Violations for fields the form does not show. */
  general: Ref<string[]>;
  /** Clears all server errors (call before submitting). */
  clear: () => void;
  /** Maps an ApiError's violations onto the fields; false when the error had none. */
  apply: (error: unknown) => boolean;
}

/** The top-level form field a violation path refers to: "roles[1]" → "roles", "a.b" → "a". */
export function fieldOfPath(path: string): string {
  const match = /^[^.[\]]+/.exec(path);
  return match ? match[0] : path;
}

const RESERVED = new Set(['client', 'unknown']);

/** Localized text for a violation reason; unknown reasons are shown with their key. */
export function useReasonText(): (reason: string) => string {
  const { t, te } = useI18n();
  return (reason: string) => {
    const key = `validation.${reason}`;
    const localizable = /^[a-z0-9_]+$/.test(reason) && !RESERVED.has(reason);
    return localizable && te(key) ? t(key) : t('validation.unknown', { reason });
  };
}

/** Server field violations for one el-form, localized by reason. */
export function useFormErrors(knownFields: readonly string[]): FormErrors {
  const reasonText = useReasonText();
  const fields = reactive<Record<string, string>>({});
  const general = ref<string[]>([]);

  function clear(): void {
    for (const key of Object.keys(fields)) delete fields[key];
    general.value = [];
  }

  function apply(error: unknown): boolean {
    clear();
    if (!isApiError(error) || error.violations.length === 0) return false;
    for (const violation of error.violations) {
      const field = fieldOfPath(violation.field);
      const text = reasonText(violation.reason);
      if (knownFields.includes(field)) {
        fields[field] = fields[field] ? `${fields[field]}；${text}` : text;
      } else {
        general.value = [...general.value, `${violation.field}: ${text}`];
      }
    }
    return true;
  }

  return { fields, general, clear, apply };
}
