import { describe, expect, it } from 'vitest';
import type { CheckedPlan, CrewInput, DayProposal } from '../api';
import {
  editOf,
  isEdited,
  jobsOf,
  kmChange,
  moveJob,
  planBodyOf,
  routesOf,
  shiftJob,
  violationTarget,
} from './plan-edit';

const site = { latE6: 36_682_000, lngE6: 117_200_000 };
function visit(jobId: number, arrival: string) {
  return {
    jobId,
    number: `KF-${jobId}`,
    version: jobId === 12 ? 3 : 1,
    arrival,
    serviceMinutes: 45,
    windowStart: '09:00',
    windowEnd: '17:00',
    site,
  };
}

const proposal: DayProposal = {
  date: '2026-12-01',
  km: 40,
  depot: { latE6: 36_682_000, lngE6: 117_130_000 },
  routes: [
    {
      crewIndex: 0,
      leadId: 1,
      memberIds: [2],
      vehicleId: 10,
      km: 25,
      backAt: '15:00',
      overtime: false,
      visits: [visit(11, '09:10'), visit(12, '10:20'), visit(13, '11:30')],
    },
    {
      crewIndex: 2,
      leadId: 5,
      memberIds: [],
      vehicleId: 12,
      km: 15,
      backAt: '12:00',
      overtime: false,
      visits: [visit(21, '09:30')],
    },
  ],
  unplanned: [
    { jobId: 31, number: 'KF-31', reason: 'time_window', version: 1, windowStart: '09:00', windowEnd: '17:00', site },
  ],
};
const crews: CrewInput[] = [
  { leadId: 1, memberIds: [2], vehicleId: 10 },
  { leadId: 3, memberIds: [4], vehicleId: 11 },
  { leadId: 5, memberIds: [], vehicleId: 12 },
];

describe('editing a proposal on the page (R-DSP-4)', () => {
  it('starts from the proposal with a route for every crew, idle ones empty', () => {
    const edit = editOf(proposal, 3);
    expect(edit.routes.map((r) => r.jobIds)).toEqual([[11, 12, 13], [], [21]]);
    expect(edit.dropped).toEqual([]);
    expect(isEdited(edit, proposal)).toBe(false);
  });

  it('moves a job to the end of another crew, even an idle one, and out of every route', () => {
    let edit = moveJob(editOf(proposal, 3), 12, 1);
    expect(edit.routes.map((r) => r.jobIds)).toEqual([[11, 13], [12], [21]]);
    edit = moveJob(edit, 21, null);
    expect(edit.routes[2]?.jobIds).toEqual([]);
    expect(edit.dropped).toEqual([21]);
    // A dropped job goes back onto a route; one left out by the planner can be placed too.
    edit = moveJob(moveJob(edit, 21, 0), 31, 0);
    expect(edit.routes[0]?.jobIds).toEqual([11, 13, 21, 31]);
    expect(edit.dropped).toEqual([]);
    expect(isEdited(edit, proposal)).toBe(true);
  });

  it('moving a job to the end of its own route puts it last, and leaves the last one as it is', () => {
    const edit = editOf(proposal, 3);
    expect(moveJob(edit, 11, 0).routes[0]?.jobIds).toEqual([12, 13, 11]);
    expect(moveJob(edit, 13, 0)).toBe(edit);
    expect(moveJob(edit, 13, 7)).toBe(edit);
  });

  it('shifts a job within its route and stops at either end', () => {
    const edit = editOf(proposal, 3);
    expect(shiftJob(edit, 12, -1).routes[0]?.jobIds).toEqual([12, 11, 13]);
    expect(shiftJob(edit, 12, 1).routes[0]?.jobIds).toEqual([11, 13, 12]);
    expect(shiftJob(edit, 11, -1).routes[0]?.jobIds).toEqual([11, 12, 13]);
    expect(shiftJob(edit, 13, 1).routes[0]?.jobIds).toEqual([11, 12, 13]);
    expect(shiftJob(shiftJob(edit, 12, -1), 12, 1).routes[0]?.jobIds).toEqual([11, 12, 13]);
  });

  it('sends only the crews with jobs, with the versions the page saw', () => {
    const edit = moveJob(moveJob(editOf(proposal, 3), 21, null), 31, 1);
    const jobs = jobsOf(proposal);
    expect(planBodyOf('2026-12-01', edit, crews, jobs)).toEqual({
      date: '2026-12-01',
      routes: [
        {
          crew: crews[0],
          jobs: [
            { jobId: 11, version: 1 },
            { jobId: 12, version: 3 },
            { jobId: 13, version: 1 },
          ],
        },
        { crew: crews[1], jobs: [{ jobId: 31, version: 1 }] },
      ],
    });
    expect(planBodyOf('2026-11-27', edit, crews, jobs, true).replan).toBe(true);
  });

  it('shows the checked arrivals by the request order, and names what a violation points at', () => {
    const edit = moveJob(moveJob(editOf(proposal, 3), 21, null), 12, 1);
    const checked: CheckedPlan = {
      date: '2026-12-01',
      km: 43.4,
      routes: [
        {
          crewIndex: 0,
          km: 20,
          backAt: '13:00',
          overtime: false,
          visits: [
            { jobId: 11, arrival: '09:10', serviceMinutes: 45 },
            { jobId: 13, arrival: '10:05', serviceMinutes: 45 },
          ],
        },
        {
          crewIndex: 1,
          km: 23.4,
          backAt: '17:30',
          overtime: true,
          visits: [{ jobId: 12, arrival: '09:40', serviceMinutes: 45 }],
        },
      ],
    };
    const routes = routesOf(edit, proposal, crews, jobsOf(proposal), checked);
    expect(routes.map((r) => [r.crewIndex, r.leadId, r.km, r.overtime])).toEqual([
      [0, 1, 20, false],
      [1, 3, 23.4, true],
    ]);
    expect(routes[0]?.visits.map((v) => [v.number, v.arrival])).toEqual([
      ['KF-11', '09:10'],
      ['KF-13', '10:05'],
    ]);
    expect(routes[1]?.visits[0]?.windowStart).toBe('09:00');
    expect(kmChange(proposal, checked)).toBe(3.4);
    // Without an answer yet the arrivals are unknown.
    expect(routesOf(edit, proposal, crews, jobsOf(proposal), null)[1]?.visits[0]?.arrival).toBe('');
    expect(violationTarget(edit, 'routes[1].jobs[0]')).toEqual({ crewIndex: 1, jobId: 12 });
    expect(violationTarget(edit, 'routes[0]')).toEqual({ crewIndex: 0 });
    expect(violationTarget(edit, 'routes[5].jobs[0]')).toBeNull();
    expect(violationTarget(edit, 'date')).toBeNull();
  });

  it('a re-plan names every crew, even one left with nothing, and reads the answer by that order', () => {
    const edit = moveJob(editOf(proposal, 3), 21, 0);
    const body = planBodyOf('2026-11-27', edit, crews, jobsOf(proposal), true);
    expect(body.replan).toBe(true);
    expect(body.routes.map((r) => r.jobs.length)).toEqual([4, 0, 0]);
    expect(violationTarget(edit, 'routes[0].jobs[3]', true)).toEqual({ crewIndex: 0, jobId: 21 });
    expect(violationTarget(edit, 'routes[2]', true)).toEqual({ crewIndex: 2 });
    const checked: CheckedPlan = {
      date: '2026-11-27',
      km: 30,
      routes: [
        {
          crewIndex: 0,
          km: 30,
          backAt: '16:00',
          overtime: false,
          visits: [11, 12, 13, 21].map((jobId, k) => ({ jobId, arrival: `1${k}:00`, serviceMinutes: 45 })),
        },
      ],
    };
    const routes = routesOf(edit, proposal, crews, jobsOf(proposal), checked, true);
    expect(routes).toHaveLength(1);
    expect(routes[0]?.visits.map((v) => v.arrival)).toEqual(['10:00', '11:00', '12:00', '13:00']);
  });
});
