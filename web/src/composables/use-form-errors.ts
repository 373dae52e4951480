import { reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError, type FieldViolation } from '@/api/api-error';

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

/**
 * Localized text for a violation reason; unknown reasons are shown with their key. With a `detail`
 * (what the refusal refers to, e.g. who already has that phone) the text names it:
 * `validation.detailed.<reason>` when there is one ("已被 王磊 使用"), else the reason and the detail.
 */
export function useReasonText(): (reason: string, detail?: string) => string {
  const { t, te } = useI18n();
  return (reason: string, detail?: string) => {
    const localizable = /^[a-z0-9_]+$/.test(reason) && !RESERVED.has(reason);
    if (detail && localizable && te(`validation.detailed.${reason}`)) {
      return t(`validation.detailed.${reason}`, { detail });
    }
    const key = `validation.${reason}`;
    const text = localizable && te(key) ? t(key) : t('validation.unknown', { reason });
    return detail ? t('validation.withDetail', { text, detail }) : text;
  };
}

/** The localized text of one violation (reason and optional detail). */
export function useViolationText(): (violation: FieldViolation) => string {
  const reasonText = useReasonText();
  return (violation) => reasonText(violation.reason, violation.detail);
}

/**
 * Server field violations for one el-form, localized by reason, all shown at once. With the form's
 * `model`, a field's server message goes away as soon as that field is edited (the others stay).
 */
export function useFormErrors(knownFields: readonly string[], model?: Record<string, unknown>): FormErrors {
  const reasonText = useReasonText();
  const fields = reactive<Record<string, string>>({});
  const general = ref<string[]>([]);

  if (model) {
    watch(
      () => knownFields.map((field) => JSON.stringify(model[field] ?? null)),
      (now, before) => {
        knownFields.forEach((field, index) => {
          if (now[index] !== before?.[index]) delete fields[field];
        });
      },
    );
  }

  function clear(): void {
    for (const key of Object.keys(fields)) delete fields[key];
    general.value = [];
  }

  function apply(error: unknown): boolean {
    clear();
    if (!isApiError(error) || error.violations.length === 0) return false;
    for (const violation of error.violations) {
      const field = fieldOfPath(violation.field);
      const text = reasonText(violation.reason, violation.detail);
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
