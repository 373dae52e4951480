import { listTripLogs, type TripLog } from '@/modules/fleet/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isRealDate } from '@/utils/dates';
import type { TripFilters } from './trip-data';

/**
 * Trip list page state: the day range and page in the URL. `driverStaffId` narrows it to one
 * driver's trips (a driver's "my trips"); null lists everyone's.
 */
export function useTripList(driverStaffId: () => number | null): UrlPagedList<TripLog, TripFilters> {
  return useUrlPagedList<TripLog, TripFilters>(
    (filters, page, pageSize) =>
      listTripLogs(
        {
          from: filters.from || undefined,
          to: filters.to || undefined,
          driverStaffId: driverStaffId() ?? undefined,
          page,
          pageSize,
        },
        { silent: true },
      ),
    { filters: { from: '', to: '' }, accept: { from: isRealDate, to: isRealDate } },
  );
}
