import type { ApiError } from '@/api/api-error';
import type { ListState } from '@/composables/use-paged-list';
import type { XlsxCell, XlsxKind } from '@/utils/xlsx';

/** One column of a list: the table column on a desktop, a labelled line of the card on a phone. */
export interface ListColumn<T> {
  /** Names the column: its cell slot is `cell-<key>`, and it is the sort key when sortable. */
  key: string;
  /** The header, already localized. */
  label: string;
  /** The cell's text when no `cell-<key>` slot renders it; also what the export writes by default. */
  value?: (row: T) => string | number | null | undefined;
  /** Minimum width in px of the table column. */
  minWidth?: number;
  align?: 'left' | 'center' | 'right';
  /** The list can be sorted by this column (`key` ascending, `-key` descending). */
  sortable?: boolean;
  /**
   * Where the cell goes on a phone card: its title, a labelled field (the default), or nowhere.
   * A field whose text (`value`, else the row's property) is empty is left off the card.
   */
  card?: 'title' | 'field' | 'hidden';
  /** The table column stays visible when the table scrolls sideways (desktop only). */
  fixed?: 'left' | 'right';
  /** How the export writes the column (kind and value), or false to leave it out. */
  export?: false | { kind?: XlsxKind; value?: (row: T) => XlsxCell };
  /** Only in the export (e.g. the full change list of an audit entry), not on screen. */
  exportOnly?: boolean;
}

/** Props of DataList (a generic component: `T` is the row type). */
export interface DataListProps<T> {
  /**
   * @description the columns, in order (labels localized by the page, see each page's data.ts)
   */
  columns: readonly ListColumn<T>[];
  /**
   * @description the rows of the current page
   */
  items: readonly T[];
  /**
   * @description the row property that identifies a row
   */
  rowKey: string;
  /**
   * @description what to show: skeleton (first load), error with retry, empty message, or rows
   */
  state: ListState;
  /**
   * @description a request is running (later loads keep the rows under a spinner)
   */
  loading?: boolean;
  /**
   * @description why the last load failed (shown when state is 'error')
   */
  error?: ApiError | null;
  /**
   * @description the message when there are no rows, already localized
   */
  emptyText: string;
  /**
   * @description the current sort, `key` or `-key`, '' for the list's own order (`v-model:sort`)
   */
  sort?: string;
  /**
   * @description data-testid prefix: `<testid>-table`, `<testid>-card`, `<testid>-sort`
   */
  testid: string;
  /**
   * @description minimum width in px of the actions column (desktop)
   */
  actionsWidth?: number;
}

export const dataListEmits = {
  /** @description the user asked to load again after an error */
  retry: () => true,
  /** @description the user sorted by a column (`key`, `-key`) or went back to the list's order ('') */
  'update:sort': (sort: string) => typeof sort === 'string',
};

export type DataListEmits = typeof dataListEmits;

/** The text of a cell: the column's `value`, else the row's property named by the key. */
export function cellText<T>(column: ListColumn<T>, row: T): string {
  const raw = column.value ? column.value(row) : (row as Record<string, unknown> | null | undefined)?.[column.key];
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** Element Plus table sort order ↔ our sort string. */
export function toTableSort(sort: string | undefined): { prop: string; order: 'ascending' | 'descending' } | undefined {
  if (!sort) return undefined;
  return sort.startsWith('-') ? { prop: sort.slice(1), order: 'descending' } : { prop: sort, order: 'ascending' };
}

/** Our sort string for an Element Plus `sort-change` ({ prop, order }). */
export function fromTableSort(prop: string | null | undefined, order: string | null | undefined): string {
  if (!prop || !order) return '';
  return order === 'descending' ? `-${prop}` : prop;
}
