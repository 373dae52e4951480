/**
 * The board's map of a scheduled day (R-DSP-3/4): the day's routes as the plan map draws them,
 * named as the board names its lanes. Pure: the composable loads, this decides what is drawn.
 */
import type { Job } from '@/modules/jobs/api';
import { compareZh } from '@/utils/collate';
import { lngLatOf, outlineFor, routeColor, type PlanMapData, type RouteLine, type VisitPoint } from '../map-data';
import type { DaySchedule, ScheduledRoute } from './schedule-api';

/**
 * Names a route as the board's lanes do, "lead · plate", from the crews of the jobs on the board.
 * A lead none of them names (only finished jobs that day) is unknownLead(id); an unknown plate is left out.
 */
export function crewNamer(
  jobs: readonly Job[],
  unknownLead: (leadId: number) => string,
): (route: ScheduledRoute) => string {
  const leads = new Map<number, string>();
  const plates = new Map<number, string>();
  for (const job of jobs) {
    const a = job.assignment;
    if (!a) continue;
    if (a.leadName && !leads.has(a.lead)) leads.set(a.lead, a.leadName);
    if (a.vehicleId !== null && a.vehiclePlate && !plates.has(a.vehicleId)) plates.set(a.vehicleId, a.vehiclePlate);
  }
  return (route) => {
    const lead = leads.get(route.leadId) ?? unknownLead(route.leadId);
    const plate = plates.get(route.vehicleId);
    return plate ? `${lead} · ${plate}` : lead;
  };
}

/**
 * What the board's map draws for a scheduled day: one route per crew with visits, factory → its
 * jobs in window order (as the server sends them) → factory, with each visit's window and state.
 * Routes run by crew name in pinyin, like the lanes, and take their colours in that order, so
 * every crew of the day has its own. Jinan's outline, or Shandong's when a point lies outside.
 */
export function scheduleMapData(schedule: DaySchedule, crewName: (route: ScheduledRoute) => string): PlanMapData {
  const depot = lngLatOf(schedule.depot);
  const named = schedule.routes
    // A crew with no visit has no line to draw; the server sends none, this keeps a stray one off the legend.
    .filter((route) => route.visits.length > 0)
    .map((route) => ({ route, name: crewName(route) }))
    .sort((a, b) => compareZh(a.name, b.name) || a.route.leadId - b.route.leadId);
  const routes = named.map(({ route, name }, crewIndex): RouteLine => {
    const color = routeColor(crewIndex);
    const visits = route.visits.map((v, i): VisitPoint => ({
      jobId: v.jobId,
      number: v.number,
      order: i + 1,
      color,
      value: lngLatOf(v.site),
      window: { start: v.windowStart, end: v.windowEnd },
      status: v.status,
    }));
    return { crewIndex, name, km: route.km, color, coords: [depot, ...visits.map((v) => v.value), depot], visits };
  });
  const points = [schedule.depot, ...schedule.routes.flatMap((r) => r.visits.map((v) => v.site))];
  return { ...outlineFor(points), depot, routes, unplanned: [] };
}
