import type { WebModule } from '@/modules/types';

/** End customers, their contacts and sites; the pages come with the jobs UI. */
export const customersModule: WebModule = { name: 'customers', routes: [], nav: [] };
