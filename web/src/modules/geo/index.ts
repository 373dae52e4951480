import type { WebModule } from '@/modules/types';

/** Administrative divisions: reference data for address pickers (no page of its own). */
export const geoModule: WebModule = { name: 'geo', routes: [], nav: [] };
