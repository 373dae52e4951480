import { describe, expect, it } from 'vitest';
import type { Assignment, Job } from '@/modules/jobs/api';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import {
  boardDays,
  buildBoard,
  cellKey,
  crewsBesides,
  formDays,
  formedOf,
  inputOf,
  isMovable,
  laneKey,
  moveInput,
  parseCellKey,
  refusedDay,
  weekdayKey,
  type FormedCrew,
} from './board';

const DAY = '2026-12-02'; // a Wednesday

function crew(lead: number, leadName: string, date: string, extra: Partial<Assignment> = {}): Assignment {
  return {
    lead,
    leadName,
    members: [lead + 100],
    memberNames: [],
    vehicleId: lead + 1000,
    vehiclePlate: `鲁A·${lead}`,
    driver: null,
    driverName: null,
    date,
    windowStart: '09:00',
    windowEnd: '11:00',
    ...extra,
  };
}

function job(id: number, extra: Partial<Job> = {}): Job {
  return aJob({
    id,
    number: `KF-2026-${String(id).padStart(6, '0')}`,
    requestedDate: DAY,
    windowStart: '13:00',
    windowEnd: '17:00',
    version: 3,
    flags: [],
    ...extra,
  });
}

/** The lane of lead n with the fixture's vehicle (1000 + n). */
const lane = (n: number): string => laneKey(n, 1000 + n);
const [L5, L6, L42] = [lane(5), lane(6), lane(42)];

const scheduled = (id: number, a: Assignment, extra: Partial<Job> = {}): Job =>
  job(id, { status: 'scheduled', assignment: a, ...extra });

describe('boardDays (R-DSP-3: day and week views)', () => {
  it('shows one day, or Monday to Sunday of its week', () => {
    expect(boardDays(DAY, 'day')).toEqual([DAY]);
    expect(boardDays(DAY, 'week')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });
});

describe('cell keys', () => {
  it('round-trip a crew and a day, and name the side list', () => {
    expect(parseCellKey(cellKey(laneKey(7, 1007), DAY))).toEqual({ kind: 'cell', lane: '7-1007', day: DAY });
    expect(parseCellKey(cellKey(laneKey(7, null), DAY))).toEqual({ kind: 'cell', lane: '7-0', day: DAY });
    expect(parseCellKey('unassigned')).toEqual({ kind: 'unassigned' });
    expect(parseCellKey('7@yesterday')).toBeNull();
    expect(parseCellKey(undefined)).toBeNull();
  });
});

describe('buildBoard', () => {
  it('lays scheduled jobs by lead and day, by window; open jobs go to the side list', () => {
    const late = scheduled(1, crew(5, '王磊', DAY, { windowStart: '14:00', windowEnd: '16:00' }));
    const early = scheduled(2, crew(5, '王磊', DAY));
    const other = scheduled(3, crew(6, '李强', DAY));
    const open = job(4);
    const outside = scheduled(5, crew(6, '李强', '2026-12-09'));
    const board = buildBoard([late, early, other, open, outside], [DAY]);
    expect(board.lanes.map((l) => l.leadName)).toEqual(['李强', '王磊']); // pinyin: L before W
    expect(board.cells.get(cellKey(L5, DAY))?.map((j) => j.id)).toEqual([2, 1]);
    expect(board.cells.get(cellKey(L6, DAY))?.map((j) => j.id)).toEqual([3]);
    expect(board.unassigned.map((j) => j.id)).toEqual([4]);
    expect(board.lanes[1]?.plate).toBe('鲁A·5');
  });

  it('keeps a job waiting for leadership in the side list, even with its crew named', () => {
    const waiting = job(1, { assignment: crew(5, '王磊', DAY), crewApproval: 'pending', flags: ['awaiting_approval'] });
    const board = buildBoard([waiting], [DAY]);
    expect(board.lanes).toEqual([]);
    expect(board.unassigned.map((j) => j.id)).toEqual([1]);
  });

  it('shows jobs under way on their crew, but they cannot move', () => {
    const loading = scheduled(1, crew(5, '王磊', DAY), { status: 'loading' });
    expect(buildBoard([loading], [DAY]).cells.get(cellKey(L5, DAY))?.length).toBe(1);
    expect(isMovable(loading)).toBe(false);
    expect(isMovable(job(2))).toBe(true);
  });
});

describe('moveInput: a drop as an assignment', () => {
  const a = scheduled(1, crew(5, '王磊', DAY, { driver: 9 }));
  const b = scheduled(2, crew(6, '李强', DAY, { windowStart: '14:00', windowEnd: '16:00' }));
  const open = job(3);
  const board = buildBoard([a, b, open], boardDays(DAY, 'week'));

  it('gives a dragged job the crew of the lane it lands on, keeping its own window', () => {
    expect(moveInput(board, b, L5, DAY)).toEqual({
      lead: 5,
      members: [105],
      vehicleId: 1005,
      driver: 9,
      date: DAY,
      windowStart: '14:00',
      windowEnd: '16:00',
      version: 3,
    });
  });

  it("gives an open job the customer's window", () => {
    expect(moveInput(board, open, L6, DAY)).toMatchObject({ lead: 6, windowStart: '13:00', windowEnd: '17:00' });
  });

  it("takes the lane's crew of another day when it has none that day", () => {
    expect(moveInput(board, open, L6, '2026-12-04')).toMatchObject({ lead: 6, vehicleId: 1006, date: '2026-12-04' });
  });

  it('moves a job to another day with its own crew', () => {
    expect(moveInput(board, a, L5, '2026-12-03')).toMatchObject({ lead: 5, members: [105], date: '2026-12-03' });
  });

  it('asks nothing when a job is dropped where it already is, or on a lane with no crew', () => {
    expect(moveInput(board, a, L5, DAY)).toBeNull();
    expect(moveInput(board, open, L42, DAY)).toBeNull();
  });
});

describe('lanes are crews: a lead with a vehicle (R-DSP-3: move to another crew, vehicle or day)', () => {
  const onVan = scheduled(1, crew(5, '王磊', DAY));
  const onTruck = scheduled(2, crew(5, '王磊', DAY, { vehicleId: 2001, vehiclePlate: '鲁A·T1', driver: 9 }));

  it('gives the same lead with two vehicles two lanes', () => {
    const board = buildBoard([onVan, onTruck], [DAY]);
    expect(board.lanes.map((l) => [l.lead, l.vehicleId, l.plate])).toEqual([
      [5, 1005, '鲁A·5'],
      [5, 2001, '鲁A·T1'],
    ]);
    expect(board.cells.get(cellKey(laneKey(5, 2001), DAY))?.map((j) => j.id)).toEqual([2]);
  });

  it("moves a job to the other vehicle's lane with that vehicle and its driver, same lead", () => {
    const board = buildBoard([onVan, onTruck], [DAY]);
    expect(moveInput(board, onVan, laneKey(5, 2001), DAY)).toMatchObject({
      lead: 5,
      vehicleId: 2001,
      driver: 9,
      date: DAY,
    });
  });
});

describe('crews formed on the board', () => {
  const formed: FormedCrew = {
    lead: 8,
    leadName: '赵刚',
    members: [8, 12],
    vehicleId: 3003,
    plate: '鲁A·F3',
    driver: 14,
  };
  const open = job(3);

  it('show as an empty lane, sorted with the others, until the head removes them', () => {
    const board = buildBoard([scheduled(1, crew(5, '王磊', DAY)), open], [DAY], [formed]);
    expect(board.lanes.map((l) => l.leadName)).toEqual(['王磊', '赵刚']); // pinyin: W before Z
    expect(board.lanes[1]?.formed).toEqual(formed);
    expect(board.cells.get(cellKey(laneKey(8, 3003), DAY))).toBeUndefined();
  });

  it('give a job dropped on them their whole crew (the lead is not a member)', () => {
    const board = buildBoard([open], [DAY], [formed]);
    expect(moveInput(board, open, laneKey(8, 3003), DAY)).toEqual({
      lead: 8,
      members: [12],
      vehicleId: 3003,
      driver: 14,
      date: DAY,
      windowStart: '13:00',
      windowEnd: '17:00',
      version: 3,
    });
  });

  it('give way to the scheduled lane of the same crew (one lane, its jobs)', () => {
    const same = scheduled(1, crew(8, '赵刚', DAY, { vehicleId: 3003, vehiclePlate: '鲁A·F3' }));
    const board = buildBoard([same], [DAY], [formed]);
    expect(board.lanes).toHaveLength(1);
    expect(board.lanes[0]?.formed).toBeNull();
  });
});

describe("crews kept in the days' line-ups (R-DSP-3)", () => {
  const saved = (date: string, crews: Array<[number, number, number[], number?]>) => ({
    date,
    version: 1,
    crews: crews.map(([leadId, vehicleId, memberIds, driverId]) => ({
      leadId,
      vehicleId,
      memberIds,
      leadName: `带班${leadId}`,
      vehiclePlate: `鲁A·${vehicleId}`,
      ...(driverId !== undefined ? { driverId } : {}),
    })),
  });

  it('come back as formed lanes, each lead and vehicle once over the week, in the order saved', () => {
    const lanes = formedOf([
      saved(DAY, [
        [8, 3003, [12], 14],
        [5, 3001, []],
      ]),
      saved('2026-12-03', [
        [8, 3003, [13]],
        [8, 3002, []],
      ]),
    ]);
    expect(lanes.map((c) => laneKey(c.lead, c.vehicleId))).toEqual([
      laneKey(8, 3003),
      laneKey(5, 3001),
      laneKey(8, 3002),
    ]);
    expect(lanes[0]).toEqual({
      lead: 8,
      leadName: '带班8',
      members: [12],
      vehicleId: 3003,
      plate: '鲁A·3003',
      driver: 14,
    });
    expect(lanes[1]?.driver).toBeNull();
  });

  it('are saved without the lead among the members, the driver only when there is one', () => {
    const formed: FormedCrew = {
      lead: 8,
      leadName: '赵刚',
      members: [8, 12],
      vehicleId: 3003,
      plate: null,
      driver: null,
    };
    expect(inputOf(formed)).toEqual({ leadId: 8, memberIds: [12], vehicleId: 3003 });
    expect(inputOf({ ...formed, driver: 14 })).toEqual({ leadId: 8, memberIds: [12], vehicleId: 3003, driverId: 14 });
    const again = saved(DAY, [[8, 3003, [12], 14]]).crews[0]!;
    expect(inputOf(again)).toEqual({ leadId: 8, memberIds: [12], vehicleId: 3003, driverId: 14 });
  });
});

describe('formDays: the days a crew is formed for on the board', () => {
  const week = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];

  it('offers today and later, proposing the chosen day', () => {
    expect(formDays(week, '2026-12-10', '2026-12-09')).toEqual({ days: week.slice(2), initial: ['2026-12-10'] });
    expect(formDays(week, '2026-12-09', '2026-12-09').initial).toEqual(['2026-12-09']);
  });

  it('proposes the first day it offers when the chosen one is past', () => {
    expect(formDays(week, '2026-12-07', '2026-12-09').initial).toEqual(['2026-12-09']);
  });

  it('offers nothing in a week gone by', () => {
    expect(formDays(week, '2026-12-08', '2026-12-14')).toEqual({ days: [], initial: [] });
  });
});

describe('weekdayKey', () => {
  it('names the weekday of a date, Sunday as 0, whatever the time zone', () => {
    expect(weekdayKey('2026-12-06')).toBe('dispatch.board.weekdays.0');
    expect(weekdayKey(DAY)).toBe('dispatch.board.weekdays.3');
  });
});

describe('refusedDay', () => {
  const dates = ['2026-12-07', '2026-12-08', '2026-12-09'];
  it('names the day of the first violation under days[k], whatever its field below', () => {
    const error = {
      violations: [
        { field: 'days[2].crews[1].memberIds[0]', reason: 'on_leave' },
        { field: 'days[0].date', reason: 'in_past' },
      ],
    };
    expect(refusedDay(error, dates)).toBe('2026-12-09');
    expect(refusedDay({ violations: [{ field: 'days[1].version' }] }, dates)).toBe('2026-12-08');
  });
  it('names none when no violation is under a day, or the index is not one sent', () => {
    expect(refusedDay({ violations: [] }, dates)).toBeNull();
    expect(refusedDay({ violations: [{ field: 'days' }] }, dates)).toBeNull();
    expect(refusedDay({ violations: [{ field: 'crews[0].days[1]' }] }, dates)).toBeNull();
    expect(refusedDay({ violations: [{ field: 'days[7].date' }] }, dates)).toBeNull();
  });
});

describe('crewsBesides', () => {
  it('keeps every crew of the line-up but the lane given, as inputs, in their order', () => {
    const lineup = {
      date: '2026-12-07',
      version: 3,
      crews: [
        { leadId: 1, memberIds: [2], vehicleId: 10, driverId: 2, leadName: '甲', vehiclePlate: '鲁A' },
        { leadId: 1, memberIds: [], vehicleId: 11, leadName: '甲', vehiclePlate: '鲁B' },
        { leadId: 5, memberIds: [6], vehicleId: 12, leadName: '乙', vehiclePlate: '鲁C' },
      ],
    };
    expect(crewsBesides(lineup, laneKey(1, 11))).toEqual([
      { leadId: 1, memberIds: [2], vehicleId: 10, driverId: 2 },
      { leadId: 5, memberIds: [6], vehicleId: 12 },
    ]);
    expect(crewsBesides(undefined, laneKey(1, 11))).toEqual([]);
  });
});
