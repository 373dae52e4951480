import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isApiError, type ApiError } from '@/api/api-error';
import { toApiError } from '@/api/client';
import {
  getVehicleMaintenance,
  type MaintenanceKind,
  type MaintenanceRecord,
  type MaintenanceReminder,
} from '@/modules/fleet/api';
import type { ListState } from '@/composables/use-paged-list';
import { sortByUrgency } from './maintenance-data';

export interface VehicleMaintenanceState {
  /** The vehicle's due items, overdue first. */
  dueItems: ComputedRef<MaintenanceReminder[]>;
  /** Its maintenance records, newest first (as the server sends them). */
  records: ComputedRef<MaintenanceRecord[]>;
  loading: Ref<boolean>;
  error: ShallowRef<ApiError | null>;
  /** The vehicle's km as its trip logs last said it, else its last record's, else null. */
  knownKm: ComputedRef<number | null>;
  /** The most urgent due item's kind (what the form proposes to record), else service. */
  proposedKind: ComputedRef<MaintenanceKind>;
  /** Skeleton, error with retry, empty or rows, of each of the two lists. */
  dueState: ComputedRef<ListState>;
  recordsState: ComputedRef<ListState>;
  load: (vehicleId: number) => Promise<void>;
  /** Loads the last loaded vehicle again (after an error or a new record). */
  reload: () => Promise<void>;
}

/** One vehicle's maintenance for its dialog: due items and records, reloaded after each record. */
export function useVehicleMaintenance(): VehicleMaintenanceState {
  const data = shallowRef<{ dueItems: MaintenanceReminder[]; records: MaintenanceRecord[] } | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let sequence = 0;
  let current: number | null = null;

  async function load(vehicleId: number): Promise<void> {
    if (vehicleId !== current) data.value = null;
    current = vehicleId;
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const got = await getVehicleMaintenance(vehicleId, { silent: true });
      if (mine === sequence) data.value = got;
    } catch (caught) {
      if (mine !== sequence) return;
      data.value = null;
      error.value = isApiError(caught) ? caught : toApiError(caught);
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  const dueItems = computed(() => sortByUrgency(data.value?.dueItems ?? []));
  const records = computed(() => data.value?.records ?? []);
  const knownKm = computed(() => {
    const fromTrips = dueItems.value.find((d) => d.currentKm !== null)?.currentKm;
    if (fromTrips !== undefined && fromTrips !== null) return fromTrips;
    return records.value.length > 0 ? Math.max(...records.value.map((r) => r.odometerKm)) : null;
  });
  const proposedKind = computed<MaintenanceKind>(() => {
    const first = dueItems.value[0];
    return first && first.status !== 'not_due' ? first.kind : 'service';
  });

  const stateOf = (rows: ComputedRef<readonly unknown[]>) =>
    computed<ListState>(() => {
      if (error.value) return 'error';
      if (!data.value) return 'loading';
      return rows.value.length === 0 ? 'empty' : 'ready';
    });
  const dueState = stateOf(dueItems);
  const recordsState = stateOf(records);
  const reload = async (): Promise<void> => (current === null ? undefined : load(current));

  return { dueItems, records, loading, error, knownKm, proposedKind, dueState, recordsState, load, reload };
}
