import type { WebModule } from '@/modules/types';

/** The product catalogue (R-JOB-1); its pages come with the jobs UI. */
export const catalogModule: WebModule = { name: 'catalog', routes: [], nav: [] };
