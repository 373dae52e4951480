import type { ExtractPropTypes } from 'vue';

/** A GB/T 2260 division code (6 digits, the contract's DivisionCode), or '' for none. */
export const isDivisionCodeOrEmpty = (value: string): boolean => value === '' || /^[1-8]\d{5}$/.test(value);

export const divisionCascaderProps = {
  /**
   * @description the chosen division's code (6 digits), or '' for none (`v-model`)
   */
  modelValue: { type: String, default: '' },
  /**
   * @description any level may be chosen (a province, a city, a district: a list filter); else only a division with nothing under it (an address)
   */
  anyLevel: { type: Boolean, default: false },
  /**
   * @description divisions no longer in use are offered too (e.g. to keep an old address as it was)
   */
  includeInactive: { type: Boolean, default: false },
  /**
   * @description placeholder, already localized
   */
  placeholder: { type: String, default: undefined },
  /**
   * @description data-testid of the cascader
   */
  testid: { type: String, default: undefined },
} as const;

export type DivisionCascaderProps = ExtractPropTypes<typeof divisionCascaderProps>;

export const divisionCascaderEmits = {
  /** @description the chosen division changed (v-model): its code, or '' when cleared */
  'update:modelValue': (code: string) => isDivisionCodeOrEmpty(code),
  /** @description the user chose or cleared a division */
  change: (code: string) => isDivisionCodeOrEmpty(code),
};

export type DivisionCascaderEmits = typeof divisionCascaderEmits;
