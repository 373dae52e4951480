import type { ExtractPropTypes } from 'vue';
import { isRealDate } from '@/utils/dates';

const isDateOrEmpty = (value: string): boolean => value === '' || isRealDate(value);

export const dateInputProps = {
  /**
   * @description the date, YYYY-MM-DD, or '' (`v-model`)
   */
  modelValue: { type: String, default: '' },
  /**
   * @description first date the server accepts (inclusive, YYYY-MM-DD); earlier days are greyed out and refused when typed
   */
  min: { type: String, default: undefined },
  /**
   * @description last date the server accepts (inclusive, YYYY-MM-DD), e.g. today for a hire date
   */
  max: { type: String, default: undefined },
  /**
   * @description placeholder, already localized
   */
  placeholder: { type: String, default: undefined },
  /**
   * @description the date can be cleared
   */
  clearable: { type: Boolean, default: false },
  /**
   * @description data-testid of the text input
   */
  testid: { type: String, default: undefined },
} as const;

export type DateInputProps = ExtractPropTypes<typeof dateInputProps>;

export const dateInputEmits = {
  /** @description the date changed (v-model): a real date inside the bounds, or '' */
  'update:modelValue': (value: string) => isDateOrEmpty(value),
  /** @description the user picked or typed another date */
  change: (value: string) => isDateOrEmpty(value),
};

export type DateInputEmits = typeof dateInputEmits;
