import type { ExtractPropTypes } from 'vue';

export const exportButtonProps = {
  /**
   * @description the export is running: the button spins and ignores clicks
   */
  loading: { type: Boolean, default: false },
  /**
   * @description nothing to export (e.g. the list failed to load)
   */
  disabled: { type: Boolean, default: false },
  /**
   * @description data-testid of the button
   */
  testid: { type: String, default: 'list-export' },
} as const;

export type ExportButtonProps = ExtractPropTypes<typeof exportButtonProps>;

export const exportButtonEmits = {
  /** @description the user asked for the XLSX file of the filtered rows */
  export: () => true,
};

export type ExportButtonEmits = typeof exportButtonEmits;
