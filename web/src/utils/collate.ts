/**
 * Sorting for people's eyes. Chinese names sort by pinyin (Intl.Collator('zh-CN'), whatever the UI
 * language), numbers inside text numerically; this is the order the server's name sorts will give.
 */

const zh = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/** Compares two strings in pinyin order (王磊 after 李强, 阿明 first). */
export function compareZh(a: string, b: string): number {
  return zh.compare(a, b);
}

/** A sortable cell value: text sorts by pinyin, numbers numerically; empty values go last. */
export type SortValue = string | number | boolean | null | undefined;

/** Compares two sortable values (empty last, numbers before text when mixed). */
export function compareValues(a: SortValue, b: SortValue): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareZh(String(a), String(b));
}

/** A sort as the URL carries it: `name` ascending, `-name` descending, '' none. */
export interface SortSpec {
  key: string;
  descending: boolean;
}

/** Parses `name` / `-name`; null for ''. */
export function parseSort(sort: string): SortSpec | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), descending: true } : { key: sort, descending: false };
}

/** The URL form of a sort. */
export function formatSort(spec: SortSpec | null): string {
  if (!spec || !spec.key) return '';
  return spec.descending ? `-${spec.key}` : spec.key;
}

/**
 * A sorted copy of `rows` for a client-side list. `valueOf(row, key)` gives the value of a column;
 * ties keep their original order (stable). Empty values stay last in both directions.
 */
export function sortRows<T>(rows: readonly T[], sort: string, valueOf: (row: T, key: string) => SortValue): T[] {
  const spec = parseSort(sort);
  if (!spec) return [...rows];
  const sign = spec.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, spec.key) }))
    .sort((x, y) => {
      const xEmpty = x.value === null || x.value === undefined || x.value === '';
      const yEmpty = y.value === null || y.value === undefined || y.value === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? x.index - y.index : xEmpty ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((entry) => entry.row);
}
