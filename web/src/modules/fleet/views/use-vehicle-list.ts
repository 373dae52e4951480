import { listVehicles, type Vehicle } from '@/modules/fleet/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isVehicleStatus, type VehicleFilters } from './data';

/** Vehicle list page state: search and status filter and the page in the URL. */
export function useVehicleList(): UrlPagedList<Vehicle, VehicleFilters> {
  return useUrlPagedList<Vehicle, VehicleFilters>(
    (filters, page, pageSize) =>
      listVehicles(
        { q: filters.q.trim() || undefined, status: filters.status || undefined, page, pageSize },
        { silent: true },
      ),
    { filters: { q: '', status: '' }, accept: { status: isVehicleStatus } },
  );
}
