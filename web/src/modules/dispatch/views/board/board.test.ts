import { describe, expect, it } from 'vitest';
import type { Assignment, Job } from '@/modules/jobs/api';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import { boardDays, buildBoard, cellKey, isMovable, moveInput, parseCellKey } from './board';

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
    expect(parseCellKey(cellKey(7, DAY))).toEqual({ kind: 'cell', lead: 7, day: DAY });
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
    expect(board.cells.get(cellKey(5, DAY))?.map((j) => j.id)).toEqual([2, 1]);
    expect(board.cells.get(cellKey(6, DAY))?.map((j) => j.id)).toEqual([3]);
    expect(board.unassigned.map((j) => j.id)).toEqual([4]);
    expect(board.lanes[1]?.plates).toEqual(['鲁A·5']);
  });

  it('keeps a job waiting for leadership in the side list, even with its crew named', () => {
    const waiting = job(1, { assignment: crew(5, '王磊', DAY), crewApproval: 'pending', flags: ['awaiting_approval'] });
    const board = buildBoard([waiting], [DAY]);
    expect(board.lanes).toEqual([]);
    expect(board.unassigned.map((j) => j.id)).toEqual([1]);
  });

  it('shows jobs under way on their crew, but they cannot move', () => {
    const loading = scheduled(1, crew(5, '王磊', DAY), { status: 'loading' });
    expect(buildBoard([loading], [DAY]).cells.get(cellKey(5, DAY))?.length).toBe(1);
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
    expect(moveInput(board, b, 5, DAY)).toEqual({
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
    expect(moveInput(board, open, 6, DAY)).toMatchObject({ lead: 6, windowStart: '13:00', windowEnd: '17:00' });
  });

  it("takes the lane's crew of another day when it has none that day", () => {
    expect(moveInput(board, open, 6, '2026-12-04')).toMatchObject({ lead: 6, vehicleId: 1006, date: '2026-12-04' });
  });

  it('moves a job to another day with its own crew', () => {
    expect(moveInput(board, a, 5, '2026-12-03')).toMatchObject({ lead: 5, members: [105], date: '2026-12-03' });
  });

  it('asks nothing when a job is dropped where it already is, or on a lane with no crew', () => {
    expect(moveInput(board, a, 5, DAY)).toBeNull();
    expect(moveInput(board, open, 42, DAY)).toBeNull();
  });
});
