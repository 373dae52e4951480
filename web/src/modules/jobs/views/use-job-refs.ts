import { reactive, shallowRef, type ShallowRef } from 'vue';
import { getCustomer } from '@/modules/customers/api';
import { listDealers, type Dealer } from '@/modules/dealers/api';
import { listVehicles, type Vehicle } from '@/modules/fleet/api';
import { getDivision } from '@/modules/geo/api';
import type { Assignment, Job } from '@/modules/jobs/api';
import { listStaff, type Staff } from '@/modules/staff/api';
import { useAuthStore } from '@/stores/auth';
import type { RemoteOption } from '@/components/remote-select';
import { addressOf, assignmentNames, needsStaffNames, partyNameOf, type AssignmentNames } from './data';

/**
 * The names a job shows. The server sends them (customerName, dealerName, divisionName, siteStreet;
 * leadName, memberNames, driverName, vehiclePlate); only a name it leaves out is looked up by id,
 * once per session and shared by the jobs pages: the answer to an assignment carries no crew names,
 * a list no member names. Each lookup needs its read permission; without it the id is shown (`#12`).
 * The staff and vehicle lists are also the assignment dialog's choices.
 */
export interface JobRefs {
  /** The customer's or dealer's name of a job. */
  party: (job: Job) => string;
  /** The county-level division of a job, e.g. 历下区. */
  division: (job: Job) => string;
  /** The site of a job: division and street. */
  address: (job: Job) => string;
  /** The crew, vehicle and driver of an assignment, by name. */
  assignment: (a: Assignment) => AssignmentNames;
  staff: (id: number) => string;
  vehicle: (id: number) => string;
  dealerName: (id: number) => string;
  /** Active and former staff (for names) and the vehicles, loaded once (for the assignment dialog). */
  staffList: ShallowRef<Staff[]>;
  vehicleList: ShallowRef<Vehicle[]>;
  dealerList: ShallowRef<Dealer[]>;
  /**
   * Looks up the names these jobs lack; resolves when every name is known (exports wait for it).
   * `members`: the member names too (the detail shows them; lists carry none).
   */
  prime: (jobs: readonly Job[], options?: { members?: boolean }) => Promise<void>;
  /** Loads the staff and vehicles again (the assignment dialog wants today's statuses). */
  refreshCrewOptions: () => Promise<void>;
  /** Dealers whose name contains `query`, as picker choices (the list is loaded once). */
  searchDealers: (query: string) => Promise<RemoteOption[]>;
  /** The picker choice of a dealer id (e.g. read from the URL). */
  resolveDealer: (id: number) => Promise<RemoteOption | null>;
}

const customers = reactive(new Map<number, string>());
const divisions = reactive(new Map<string, string>());
const staffList = shallowRef<Staff[]>([]);
const vehicleList = shallowRef<Vehicle[]>([]);
const dealerList = shallowRef<Dealer[]>([]);
const pending = new Map<string, Promise<void>>();
let owner: number | null = null;

/** Runs a lookup once; a failed one is forgotten, so the next page asks again. */
function once(key: string, load: () => Promise<void>): Promise<void> {
  const running = pending.get(key);
  if (running) return running;
  const started = load().catch(() => {
    pending.delete(key);
  });
  pending.set(key, started);
  return started;
}

async function allPages<T>(fetch: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= 20; page += 1) {
    const result = await fetch(page);
    out.push(...result.items);
    if (page * 200 >= result.total || result.items.length === 0) break;
  }
  return out;
}

/** The jobs pages' shared name lookups (see JobRefs). */
export function useJobRefs(): JobRefs {
  const auth = useAuthStore();
  const me = auth.me?.id ?? null;
  if (owner !== me) {
    // Another user logged in on this tab: forget what the previous one could see.
    customers.clear();
    divisions.clear();
    staffList.value = [];
    vehicleList.value = [];
    dealerList.value = [];
    pending.clear();
    owner = me;
  }

  const loadStaff = (force = false): Promise<void> => {
    if (!auth.can('staff.read')) return Promise.resolve();
    if (force) pending.delete('staff');
    return once('staff', async () => {
      staffList.value = await allPages((page) => listStaff({ page, pageSize: 200 }, { silent: true }));
    });
  };
  const loadVehicles = (force = false): Promise<void> => {
    if (!auth.can('vehicle.read')) return Promise.resolve();
    if (force) pending.delete('vehicles');
    return once('vehicles', async () => {
      vehicleList.value = await allPages((page) => listVehicles({ page, pageSize: 200 }, { silent: true }));
    });
  };
  const loadDealers = (): Promise<void> => {
    if (!auth.can('dealer.read')) return Promise.resolve();
    return once('dealers', async () => {
      dealerList.value = await allPages((page) => listDealers({ page, pageSize: 200 }, { silent: true }));
    });
  };
  const loadCustomer = (id: number): Promise<void> => {
    if (customers.has(id) || !auth.can('customer.read')) return Promise.resolve();
    return once(`customer:${id}`, async () => {
      const customer = await getCustomer(id, { silent: true });
      customers.set(id, customer.name);
    });
  };
  const loadDivision = (code: string): Promise<void> => {
    if (divisions.has(code)) return Promise.resolve();
    return once(`division:${code}`, async () => {
      const place = await getDivision(code);
      // The province is left out: the department's work is in one province, mostly.
      const names = [...place.ancestors.filter((a) => a.level !== 'province').map((a) => a.name), place.name];
      divisions.set(code, names.join(' '));
    });
  };

  const dealerName = (id: number): string => dealerList.value.find((d) => d.id === id)?.name ?? `#${id}`;
  const staff = (id: number): string => staffList.value.find((s) => s.id === id)?.name ?? `#${id}`;
  const vehicle = (id: number): string => vehicleList.value.find((v) => v.id === id)?.plate ?? `#${id}`;

  function party(job: Job): string {
    const sent = partyNameOf(job);
    if (sent) return sent;
    if (job.customerId !== null) return customers.get(job.customerId) ?? `#${job.customerId}`;
    if (job.dealerId !== null) return dealerName(job.dealerId);
    return '';
  }

  function division(job: Job): string {
    return job.divisionName || (divisions.get(job.divisionCode) ?? job.divisionCode);
  }

  const address = (job: Job): string => addressOf(job, division(job));
  const assignment = (a: Assignment): AssignmentNames => assignmentNames(a, { staff, vehicle });

  async function prime(jobs: readonly Job[], options: { members?: boolean } = {}): Promise<void> {
    const work: Promise<void>[] = [];
    if (jobs.some((j) => j.customerId === null && j.dealerId !== null && !j.dealerName)) work.push(loadDealers());
    if (jobs.some((j) => needsStaffNames(j, options.members))) work.push(loadStaff());
    if (jobs.some((j) => j.assignment?.vehicleId != null && !j.assignment.vehiclePlate)) work.push(loadVehicles());
    for (const job of jobs) {
      if (job.customerId !== null && !job.customerName) work.push(loadCustomer(job.customerId));
      if (!job.divisionName) work.push(loadDivision(job.divisionCode));
    }
    await Promise.all(work);
  }

  async function refreshCrewOptions(): Promise<void> {
    await Promise.all([loadStaff(true), loadVehicles(true)]);
  }

  async function searchDealers(query: string): Promise<RemoteOption[]> {
    await loadDealers();
    const q = query.trim().toLowerCase();
    return dealerList.value
      .filter((d) => !q || d.name.toLowerCase().includes(q) || d.city.toLowerCase().includes(q))
      .slice(0, 50)
      .map((d) => ({ value: d.id, label: d.name, hint: d.city }));
  }

  async function resolveDealer(id: number): Promise<RemoteOption | null> {
    await loadDealers();
    const dealer = dealerList.value.find((d) => d.id === id);
    return dealer ? { value: dealer.id, label: dealer.name, hint: dealer.city } : null;
  }

  return {
    searchDealers,
    resolveDealer,
    party,
    division,
    address,
    assignment,
    staff,
    vehicle,
    dealerName,
    staffList,
    vehicleList,
    dealerList,
    prime,
    refreshCrewOptions,
  };
}
