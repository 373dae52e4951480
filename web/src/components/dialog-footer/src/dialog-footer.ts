import type { ExtractPropTypes } from 'vue';

export const dialogFooterProps = {
  /**
   * @description the save is running: the submit button spins and ignores clicks
   */
  loading: { type: Boolean, default: false },
  /**
   * @description the submit button cannot be used yet
   */
  disabled: { type: Boolean, default: false },
  /**
   * @description submit button text, already localized; defaults to common.actions.save
   */
  submitText: { type: String, default: undefined },
  /**
   * @description data-testid of the submit button
   */
  submitTestid: { type: String, default: undefined },
} as const;

export type DialogFooterProps = ExtractPropTypes<typeof dialogFooterProps>;

export const dialogFooterEmits = {
  /** @description the user dismissed the dialog */
  cancel: () => true,
  /** @description the user asked to save */
  submit: () => true,
};

export type DialogFooterEmits = typeof dialogFooterEmits;
