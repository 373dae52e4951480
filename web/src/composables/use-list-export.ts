import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ElMessage, ElMessageBox } from 'element-plus';
import { isApiError } from '@/api/api-error';
import { errorMessage } from '@/bootstrap';
import { cellText, type ListColumn } from '@/components/data-list';
import { todayInShanghai } from '@/utils/format';
import { EXPORT_ROW_LIMIT, downloadFile, workbookBytes, type XlsxCell, type XlsxColumn } from '@/utils/xlsx';

export interface ListExportOptions<T> {
  /** The list's columns; those with `export: false` are left out. */
  columns: () => readonly ListColumn<T>[];
  /** Every row the current filters match, up to `limit` (usePagedList's `fetchAll`). */
  fetchAll: (limit: number) => Promise<{ items: T[]; total: number }>;
  /** Sheet and file name, already localized (today's date is added to the file name). */
  title: () => string;
  /** How many rows the filters match, when known, so a capped export asks first. */
  total?: () => number;
  /** The most rows to write (default 5,000). */
  limit?: number;
}

export interface ListExport {
  /** True while rows are fetched and the file is written. */
  exporting: Ref<boolean>;
  /** Exports the filtered rows (all pages) to an .xlsx download. */
  run: () => Promise<void>;
}

/** The header and cell values of the exported columns. */
export function exportTable<T>(
  columns: readonly ListColumn<T>[],
  rows: readonly T[],
): { columns: XlsxColumn[]; rows: XlsxCell[][] } {
  const exported = columns.filter((c) => c.export !== false);
  return {
    columns: exported.map((c) => ({ header: c.label, kind: (c.export && c.export.kind) || 'text' })),
    rows: rows.map((row) =>
      exported.map((c) => {
        const custom = c.export ? c.export.value : undefined;
        if (custom) return custom(row);
        if (c.value) return c.value(row);
        return cellText(c, row);
      }),
    ),
  };
}

/** Export of a list's filtered rows (every page, capped) to XLSX, with the confirmations and messages. */
export function useListExport<T>(options: ListExportOptions<T>): ListExport {
  const { t } = useI18n();
  const exporting = ref(false);
  const limit = options.limit ?? EXPORT_ROW_LIMIT;

  async function run(): Promise<void> {
    if (exporting.value) return;
    const known = options.total?.() ?? 0;
    if (known > limit) {
      try {
        await ElMessageBox.confirm(
          t('common.export.capConfirm', { total: known, limit }),
          t('common.export.capTitle'),
          {
            type: 'warning',
            confirmButtonText: t('common.export.action'),
            cancelButtonText: t('common.actions.cancel'),
          },
        );
      } catch {
        return;
      }
    }
    exporting.value = true;
    try {
      const { items, total } = await options.fetchAll(limit);
      const title = options.title();
      const table = exportTable(options.columns(), items);
      const bytes = await workbookBytes([{ name: title, columns: table.columns, rows: table.rows }]);
      downloadFile(bytes, `${title}-${todayInShanghai()}.xlsx`);
      if (total > items.length) {
        ElMessage.warning(t('common.export.doneCapped', { n: items.length, total }));
      } else {
        ElMessage.success(t('common.export.done', { n: items.length }));
      }
    } catch (error) {
      ElMessage.error(isApiError(error) ? errorMessage(error) : t('common.export.failed'));
    } finally {
      exporting.value = false;
    }
  }

  return { exporting, run };
}
