import type { ExtractPropTypes, PropType } from 'vue';

/** One choice of a RemoteSelect: what is stored, what is shown, and a grey hint (e.g. the login name). */
export interface RemoteOption {
  value: number;
  label: string;
  hint?: string;
}

export const remoteSelectProps = {
  /**
   * @description the chosen record's id (`v-model`); undefined when none
   */
  modelValue: { type: Number, default: undefined },
  /**
   * @description finds records for what the user typed ('' for the first suggestions)
   */
  search: { type: Function as PropType<(query: string) => Promise<RemoteOption[]>>, required: true },
  /**
   * @description the option of an id chosen elsewhere (e.g. read from the URL), to show its name
   */
  resolve: {
    type: Function as PropType<(value: number) => Promise<RemoteOption | null>>,
    default: undefined,
  },
  /**
   * @description placeholder, already localized
   */
  placeholder: { type: String, default: undefined },
  /**
   * @description data-testid of the select
   */
  testid: { type: String, default: undefined },
} as const;

export type RemoteSelectProps = ExtractPropTypes<typeof remoteSelectProps>;

const isIdOrNone = (value: number | undefined): boolean =>
  value === undefined || (Number.isInteger(value) && value > 0);

export const remoteSelectEmits = {
  /** @description the choice changed (v-model) */
  'update:modelValue': (value: number | undefined) => isIdOrNone(value),
  /** @description the user picked or cleared a record */
  change: (value: number | undefined) => isIdOrNone(value),
};

export type RemoteSelectEmits = typeof remoteSelectEmits;
