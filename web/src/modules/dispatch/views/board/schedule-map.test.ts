import { describe, expect, it } from 'vitest';
import type { Assignment, Job } from '@/modules/jobs/api';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import { MAP_BOXES, ROUTE_COLORS } from '../map-data';
import type { CrewJob, DaySchedule, ScheduledRoute } from './schedule-api';
import { crewNamer, scheduleMapData } from './schedule-map';

const DEPOT = { latE6: 36_682_000, lngE6: 117_130_000 };
const FACTORY: [number, number] = [117.13, 36.682];

function visit(jobId: number, latE6: number, lngE6: number, windowStart = '09:00'): CrewJob {
  return {
    jobId,
    number: `KF-2026-${String(jobId).padStart(6, '0')}`,
    version: 2,
    status: 'scheduled',
    windowStart,
    windowEnd: '11:00',
    site: { latE6, lngE6 },
  };
}

function route(leadId: number, visits: CrewJob[]): ScheduledRoute {
  return { leadId, memberIds: [], vehicleId: leadId + 1000, km: 8.5, visits };
}

function schedule(routes: ScheduledRoute[]): DaySchedule {
  return { date: '2026-12-01', depot: DEPOT, km: 8.5 * routes.length, routes };
}

const byLead = (r: ScheduledRoute): string => `lead ${String(r.leadId).padStart(2, '0')}`;

describe('scheduleMapData (R-DSP-3/4: the board map of a scheduled day)', () => {
  it('draws each crew from the factory through its jobs in window order and back', () => {
    const data = scheduleMapData(
      schedule([route(1, [visit(11, 36_660_000, 117_050_000, '08:00'), visit(12, 36_700_000, 117_000_000, '13:00')])]),
      byLead,
    );
    expect(data.depot).toEqual(FACTORY);
    expect(data.routes).toHaveLength(1);
    const line = data.routes[0];
    expect(line?.coords).toEqual([FACTORY, [117.05, 36.66], [117, 36.7], FACTORY]);
    expect(line?.visits.map((v) => [v.jobId, v.order, v.window?.start, v.status])).toEqual([
      [11, 1, '08:00', 'scheduled'],
      [12, 2, '13:00', 'scheduled'],
    ]);
    expect(line?.visits[0]?.arrival).toBeUndefined();
    expect(line?.km).toBe(8.5);
    expect(data.unplanned).toEqual([]);
  });

  it('gives every crew of the day its own colour, its visits the same, in the order of the names', () => {
    const routes = ROUTE_COLORS.map((_, i) => route(ROUTE_COLORS.length - i, [visit(i + 1, 36_600_000, 117_000_000)]));
    const data = scheduleMapData(schedule(routes), byLead);
    expect(data.routes.map((r) => r.name)).toEqual(ROUTE_COLORS.map((_, i) => byLead(route(i + 1, []))));
    expect(data.routes.map((r) => r.color)).toEqual([...ROUTE_COLORS]);
    for (const line of data.routes) for (const v of line.visits) expect(v.color).toBe(line.color);
  });

  it('draws an empty day as the factory alone over Jinan, and leaves a crew without visits off', () => {
    for (const routes of [[], [route(3, [])]]) {
      const data = scheduleMapData(schedule(routes), byLead);
      expect(data.routes).toEqual([]);
      expect(data.map).toBe('jinan');
      expect(data.view).toBeNull();
      expect(data.depot).toEqual(FACTORY);
    }
  });

  it('falls back to Shandong when a site lies outside Jinan, and widens only past Shandong', () => {
    const j = MAP_BOXES.jinan;
    const inside = scheduleMapData(schedule([route(1, [visit(1, j.maxLatE6, j.maxLngE6)])]), byLead);
    expect(inside.map).toBe('jinan');
    // Qingdao: outside Jinan, inside Shandong.
    const qingdao = scheduleMapData(schedule([route(1, [visit(1, 36_067_000, 120_383_000)])]), byLead);
    expect([qingdao.map, qingdao.view]).toEqual(['shandong', null]);
    const edge = scheduleMapData(schedule([route(1, [visit(1, j.maxLatE6 + 1, j.maxLngE6)])]), byLead);
    expect(edge.map).toBe('shandong');
    // Beijing: north of Shandong's box.
    const far = scheduleMapData(schedule([route(1, [visit(1, 39_904_000, 116_407_000)])]), byLead);
    expect(far.map).toBe('shandong');
    expect(far.view?.[0]).toEqual([MAP_BOXES.shandong.minLngE6 / 1e6, 39.904]);
  });
});

describe('crewNamer (a route named as the board names its lane)', () => {
  const crew = (lead: number, leadName: string, vehicleId: number, vehiclePlate: string | null): Assignment => ({
    lead,
    leadName,
    members: [],
    memberNames: [],
    vehicleId,
    vehiclePlate,
    driver: null,
    driverName: null,
    date: '2026-12-01',
    windowStart: '09:00',
    windowEnd: '11:00',
  });
  const jobs: Job[] = [
    aJob({ id: 1, status: 'scheduled', assignment: crew(5, '张伟', 1005, '鲁A12345') }),
    aJob({ id: 2, status: 'new' }),
    aJob({ id: 3, status: 'scheduled', assignment: crew(6, '李强', 1006, null) }),
  ];
  const name = crewNamer(jobs, (id) => `#${id}`);

  it('says lead · plate from the jobs on the board', () => {
    expect(name(route(5, []))).toBe('张伟 · 鲁A12345');
  });

  it('leaves out a plate it does not know, and names an unknown lead by the fallback', () => {
    expect(name(route(6, []))).toBe('李强');
    expect(name({ ...route(7, []), vehicleId: 1005 })).toBe('#7 · 鲁A12345');
  });
});
