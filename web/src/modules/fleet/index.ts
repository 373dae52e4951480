import type { WebModule } from '@/modules/types';

/** Vehicles (the minimum the jobs need; issue 12 adds the fleet pages). */
export const fleetModule: WebModule = { name: 'fleet', routes: [], nav: [] };
