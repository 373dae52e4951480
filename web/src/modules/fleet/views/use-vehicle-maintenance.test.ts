// R-VEH-2: a vehicle's maintenance as its dialog shows it: due items overdue first, the form's
// proposals (the most urgent kind, the last known km), the list states.
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import type { MaintenanceRecord, MaintenanceReminder } from '@/modules/fleet/api';
import { useVehicleMaintenance } from './use-vehicle-maintenance';

let mock: MockAdapter;
beforeEach(() => (mock = new MockAdapter(http)));
afterEach(() => mock.restore());

function due(over: Partial<MaintenanceReminder>): MaintenanceReminder {
  return {
    vehicleId: 3,
    vehiclePlate: '鲁A·5N809',
    kind: 'service',
    dueOn: '2027-05-01',
    dueKm: null,
    currentKm: null,
    status: 'not_due',
    ...over,
  };
}

function record(over: Partial<MaintenanceRecord>): MaintenanceRecord {
  return {
    id: 1,
    vehicleId: 3,
    kind: 'service',
    doneOn: '2026-06-01',
    odometerKm: 40_000,
    cost: '680.00',
    notes: '',
    nextDueOn: null,
    nextDueKm: null,
    createdByName: 'head',
    createdAt: '2026-06-01T02:00:00Z',
    ...over,
  };
}

describe('useVehicleMaintenance', () => {
  it('puts the urgent items first and proposes the most urgent kind and the km of the trips', async () => {
    mock.onGet('/vehicles/3/maintenance').reply(200, {
      dueItems: [
        due({ kind: 'service', status: 'not_due', currentKm: 61_500 }),
        due({ kind: 'insurance', status: 'due_soon', currentKm: 61_500 }),
      ],
      records: [record({ odometerKm: 61_200 })],
    });
    const state = useVehicleMaintenance();
    expect(state.dueState.value).toBe('loading');
    await state.load(3);
    expect(state.dueItems.value.map((d) => d.kind)).toEqual(['insurance', 'service']);
    expect(state.proposedKind.value).toBe('insurance');
    expect(state.knownKm.value).toBe(61_500);
    expect(state.dueState.value).toBe('ready');
    expect(state.recordsState.value).toBe('ready');
  });

  it('falls back to the records km and to a service when nothing is due', async () => {
    mock.onGet('/vehicles/4/maintenance').reply(200, {
      dueItems: [due({ vehicleId: 4, status: 'not_due' })],
      records: [record({ odometerKm: 43_100 }), record({ id: 2, odometerKm: 38_000 })],
    });
    mock.onGet('/vehicles/5/maintenance').reply(200, { dueItems: [], records: [] });
    const state = useVehicleMaintenance();
    await state.load(4);
    expect(state.knownKm.value).toBe(43_100);
    expect(state.proposedKind.value).toBe('service');
    await state.load(5);
    expect(state.knownKm.value).toBeNull();
    expect(state.dueState.value).toBe('empty');
    expect(state.recordsState.value).toBe('empty');
  });

  it('reports a failed load and loads the same vehicle again on reload', async () => {
    mock
      .onGet('/vehicles/6/maintenance')
      .replyOnce(500)
      .onGet('/vehicles/6/maintenance')
      .replyOnce(200, {
        dueItems: [due({ vehicleId: 6, status: 'overdue' })],
        records: [],
      });
    const state = useVehicleMaintenance();
    await state.load(6);
    expect(state.dueState.value).toBe('error');
    await state.reload();
    expect(state.dueState.value).toBe('ready');
    expect(state.recordsState.value).toBe('empty');
    expect(mock.history.get).toHaveLength(2);
  });
});
