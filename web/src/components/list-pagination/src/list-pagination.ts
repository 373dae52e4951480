import type { ExtractPropTypes, PropType } from 'vue';

/** Page sizes offered by most lists. */
export const DEFAULT_PAGE_SIZES: readonly number[] = [10, 20, 50, 100];

const isPositiveInteger = (value: number): boolean => Number.isInteger(value) && value >= 1;

export const listPaginationProps = {
  /**
   * @description current page, 1-based (`v-model:page`)
   */
  page: { type: Number, required: true },
  /**
   * @description rows per page (`v-model:page-size`)
   */
  pageSize: { type: Number, required: true },
  /**
   * @description total number of rows on the server
   */
  total: { type: Number, required: true },
  /**
   * @description page sizes offered in the size selector
   */
  pageSizes: { type: Array as PropType<readonly number[]>, default: () => DEFAULT_PAGE_SIZES },
  /**
   * @description also show the "go to page" input (desktop layout only)
   */
  jumper: { type: Boolean, default: false },
} as const;

export type ListPaginationProps = ExtractPropTypes<typeof listPaginationProps>;

export const listPaginationEmits = {
  /** @description the page changed (v-model) */
  'update:page': (page: number) => isPositiveInteger(page),
  /** @description the page size changed (v-model) */
  'update:pageSize': (pageSize: number) => isPositiveInteger(pageSize),
  /** @description the user moved to another page: load it */
  'page-change': (page: number) => isPositiveInteger(page),
  /** @description the user picked another page size: start again from page 1 */
  'size-change': (pageSize: number) => isPositiveInteger(pageSize),
};

export type ListPaginationEmits = typeof listPaginationEmits;
