import { reactive, ref, watch, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import { isApiError } from '@/api/api-error';
import { errorMessage } from '@/bootstrap';
import { getTripReport, type TripReportFormat } from '@/modules/fleet/api';
import { todayInShanghai } from '@/utils/format';
import { downloadFile } from '@/utils/xlsx';
import { checkReportPeriod, monthPeriod, tripReportFile } from './trip-data';

/** The report's period and vehicle as the picker holds them ('' / undefined = not chosen). */
export interface TripReportPeriod {
  from: string;
  to: string;
  vehicleId: number | undefined;
}

export interface TripReport {
  period: TripReportPeriod;
  /** The format being downloaded, or null. */
  downloading: Ref<TripReportFormat | null>;
  /** Why the period was refused, per field (from, to, vehicleId): the server's reason codes. */
  reasons: Record<string, string>;
  /** Checks the period, fetches the file and offers it as a download; refusals land in `reasons`. */
  download: (format: TripReportFormat) => Promise<void>;
}

/**
 * The trip records report download (R-RPT-4): this month by default, any vehicle; the period is
 * checked as the server checks it before asking, and the server's own refusals are shown on the
 * fields too. The file comes through the API client (bytes), so a refusal is an error, not a file.
 */
export function useTripReport(today: string = todayInShanghai()): TripReport {
  const period = reactive<TripReportPeriod>({ ...monthPeriod(today), vehicleId: undefined });
  const downloading = ref<TripReportFormat | null>(null);
  const reasons = reactive<Record<string, string>>({});

  function show(violations: readonly { field: string; reason: string }[]): void {
    for (const key of Object.keys(reasons)) delete reasons[key];
    for (const v of violations) reasons[v.field] ??= v.reason;
  }

  // A refusal holds until the period is changed (at once, so a download right after a change
  // keeps its own refusal).
  watch(
    () => [period.from, period.to, period.vehicleId],
    () => show([]),
    { flush: 'sync' },
  );

  async function download(format: TripReportFormat): Promise<void> {
    if (downloading.value) return;
    const refused = checkReportPeriod(period.from, period.to);
    show(refused);
    if (refused.length > 0) return;
    downloading.value = format;
    const { from, to, vehicleId } = period;
    try {
      const bytes = await getTripReport(format, { from, to, vehicleId }, { silent: true });
      const file = tripReportFile(format, from, to);
      downloadFile(bytes, file.name, file.mime);
    } catch (error) {
      if (isApiError(error) && error.violations.length > 0) show(error.violations);
      else if (isApiError(error)) ElMessage.error(errorMessage(error));
      else throw error;
    } finally {
      downloading.value = null;
    }
  }

  return { period, downloading, reasons, download };
}
