import { ref, type Ref } from 'vue';
import { ApiError, isApiError } from '@/api/api-error';
import { useViolationText, type FormErrors } from '@/composables/use-form-errors';
import { splitLineViolations, type LineField, type LineFieldErrors } from './data';

export interface LineErrors {
  /** Server messages per line (by index), per field; bound to the line editors. */
  lines: Ref<LineFieldErrors[]>;
  /** Forgets every line's server messages. */
  clear: () => void;
  /** Shows an error's line violations on the lines and the rest on the form; false when it had none. */
  apply: (error: unknown, lineCount: number) => boolean;
  /** Forgets one field's message once it is edited. */
  edited: (index: number, field: LineField) => void;
}

/** Server violations of claim lines shown on the line editors' fields (`single`: the add-line body). */
export function useLineErrors(form: FormErrors, single: boolean): LineErrors {
  const violationText = useViolationText();
  const lines = ref<LineFieldErrors[]>([]);

  function apply(error: unknown, lineCount: number): boolean {
    if (!isApiError(error) || error.violations.length === 0) return false;
    const split = splitLineViolations(error.violations, lineCount, single, violationText);
    lines.value = split.lines;
    if (split.rest.length > 0) form.apply(new ApiError(error.status, error.code, error.message, split.rest));
    else form.clear();
    return true;
  }

  function edited(index: number, field: LineField): void {
    const errors = lines.value[index];
    if (errors?.[field]) delete errors[field];
  }

  return { lines, clear: () => (lines.value = []), apply, edited };
}
