/**
 * Crews for a day (issue 11): who can go out on a date, and a first crew line-up the head can
 * accept or change. The server still checks every assignment; this only saves typing.
 */
import type { CrewDraft } from './data';

/** A staff member as the roster needs them. */
export interface RosterPerson {
  id: number;
  name: string;
  grade: 'head' | 'supervisor' | 'technician' | 'intern' | 'none';
  driver: boolean;
  active: boolean;
}

/** A vehicle in service, with its cargo space. */
export interface RosterVehicle {
  id: number;
  plate: string;
  volumeL: number;
  payloadKg: number;
  /** Its usual driver, when the fleet names one. */
  driverStaffId: number | null;
}

/** A leave record: the first and the last day off (inclusive). */
export interface RosterLeave {
  staffId: number;
  from: string;
  to: string;
}

/** Who can go out on `day`: active, and not on leave that day. */
export function availableOn<T extends RosterPerson>(
  people: readonly T[],
  leave: readonly RosterLeave[],
  day: string,
): T[] {
  const away = new Set(leave.filter((l) => l.from <= day && day <= l.to).map((l) => l.staffId));
  return people.filter((p) => p.active && !away.has(p.id));
}

/** Who can go out on every one of `days` (a crew formed for several days at once). */
export function availableOnAll<T extends RosterPerson>(
  people: readonly T[],
  leave: readonly RosterLeave[],
  days: readonly string[],
): T[] {
  return days.reduce<T[]>((free, day) => availableOn(free, leave, day), [...people]);
}

/** Whether a person may lead a crew: supervisors and technicians (interns never go alone). */
export function canLead(person: RosterPerson): boolean {
  return person.grade === 'supervisor' || person.grade === 'technician';
}

/**
 * A line-up for the people available: one crew per vehicle while there are leads (supervisors
 * first, the biggest vehicles first); the other installers and the interns join the crews in
 * turn, so no intern is ever without a lead; a vehicle's usual driver drives it, else a free
 * driver, else nobody (the lead drives).
 */
export function suggestCrews(people: readonly RosterPerson[], vehicles: readonly RosterVehicle[]): CrewDraft[] {
  const leads = people
    .filter(canLead)
    .sort((a, b) => (a.grade === b.grade ? a.id - b.id : a.grade === 'supervisor' ? -1 : 1));
  const byCapacity = [...vehicles].sort((a, b) => b.volumeL - a.volumeL || b.payloadKg - a.payloadKg || a.id - b.id);
  const count = Math.min(leads.length, byCapacity.length);
  if (count === 0) return [];
  const crews: CrewDraft[] = leads.slice(0, count).map((lead, i) => ({
    leadId: lead.id,
    memberIds: [],
    vehicleId: byCapacity[i]?.id ?? null,
    driverId: null,
  }));
  const joining = [...leads.slice(count), ...people.filter((p) => p.grade === 'intern')];
  joining.forEach((person, i) => crews[i % count]?.memberIds.push(person.id));
  const installers = new Set(crews.flatMap((c) => [c.leadId, ...c.memberIds]));
  const drivers = people.filter((p) => p.driver && !installers.has(p.id)).map((p) => p.id);
  const taken = new Set<number>();
  crews.forEach((crew, i) => {
    const usual = byCapacity[i]?.driverStaffId ?? null;
    const driver = usual !== null && drivers.includes(usual) && !taken.has(usual) ? usual : null;
    if (driver !== null) {
      crew.driverId = driver;
      taken.add(driver);
    }
  });
  crews.forEach((crew) => {
    if (crew.driverId !== null) return;
    const free = drivers.find((d) => !taken.has(d));
    if (free === undefined) return;
    crew.driverId = free;
    taken.add(free);
  });
  return crews;
}
