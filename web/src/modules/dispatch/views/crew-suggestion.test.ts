import { describe, expect, it } from 'vitest';
import { availableOn, availableOnAll, suggestCrews, type RosterPerson, type RosterVehicle } from './crew-suggestion';
import { crewProblems } from './data';

function person(id: number, grade: RosterPerson['grade'], extra: Partial<RosterPerson> = {}): RosterPerson {
  return { id, name: `P${id}`, grade, driver: false, active: true, ...extra };
}

function vehicle(id: number, volumeL: number, driverStaffId: number | null = null): RosterVehicle {
  return { id, plate: `鲁A·${id}`, volumeL, payloadKg: 1000, driverStaffId };
}

describe('availableOn (crews for a day)', () => {
  it('leaves out who has left and who is on leave that day, leave days inclusive', () => {
    const people = [person(1, 'technician'), person(2, 'technician', { active: false }), person(3, 'intern')];
    const leave = [{ staffId: 3, from: '2026-12-01', to: '2026-12-02' }];
    expect(availableOn(people, leave, '2026-12-02').map((p) => p.id)).toEqual([1]);
    expect(availableOn(people, leave, '2026-12-03').map((p) => p.id)).toEqual([1, 3]);
    expect(availableOn(people, leave, '2026-11-30').map((p) => p.id)).toEqual([1, 3]);
  });

  it('for several days, keeps only who is free on every one of them', () => {
    const people = [person(1, 'technician'), person(2, 'supervisor'), person(3, 'intern')];
    const leave = [
      { staffId: 2, from: '2026-12-04', to: '2026-12-04' },
      { staffId: 3, from: '2026-12-01', to: '2026-12-02' },
    ];
    expect(availableOnAll(people, leave, ['2026-12-02', '2026-12-03']).map((p) => p.id)).toEqual([1, 2]);
    expect(availableOnAll(people, leave, ['2026-12-03', '2026-12-04']).map((p) => p.id)).toEqual([1, 3]);
    expect(availableOnAll(people, leave, ['2026-12-03']).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(availableOnAll(people, leave, []).map((p) => p.id)).toEqual([1, 2, 3]);
  });
});

describe('suggestCrews', () => {
  it('one crew per vehicle while there are leads, supervisors first, the biggest vehicle first', () => {
    const crews = suggestCrews(
      [person(5, 'technician'), person(4, 'supervisor'), person(6, 'technician')],
      [vehicle(10, 8000), vehicle(11, 15000)],
    );
    expect(crews.map((c) => [c.leadId, c.vehicleId])).toEqual([
      [4, 11],
      [5, 10],
    ]);
    expect(crews[0]?.memberIds).toEqual([6]); // the installer left over joins a crew
  });

  it('never sends an intern alone, and never makes one a lead', () => {
    const crews = suggestCrews(
      [person(1, 'intern'), person(2, 'intern'), person(3, 'intern'), person(4, 'technician')],
      [vehicle(10, 8000), vehicle(11, 8000)],
    );
    expect(crews).toHaveLength(1);
    expect(crews[0]).toMatchObject({ leadId: 4, memberIds: [1, 2, 3] });
    expect(suggestCrews([person(1, 'intern')], [vehicle(10, 8000)])).toEqual([]);
  });

  it("gives a vehicle its usual driver, else a free one, never a crew's installer", () => {
    const crews = suggestCrews(
      [
        person(1, 'technician', { driver: true }),
        person(2, 'technician'),
        person(8, 'none', { driver: true }),
        person(9, 'none', { driver: true }),
      ],
      [vehicle(10, 9000, 9), vehicle(11, 8000)],
    );
    expect(crews.map((c) => c.driverId)).toEqual([9, 8]);
    expect(crews.flatMap((c) => [c.leadId, ...c.memberIds])).not.toContain(9);
  });

  it('gives crews the page accepts as they are', () => {
    const people = [1, 2, 3, 4, 5].map((id) => person(id, id % 2 ? 'technician' : 'intern', { driver: id === 5 }));
    const crews = suggestCrews(
      [...people, person(9, 'none', { driver: true })],
      [vehicle(10, 8000), vehicle(11, 9000)],
    );
    expect(crewProblems(crews).size).toBe(0);
  });
});
