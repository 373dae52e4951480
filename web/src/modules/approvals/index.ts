import type { WebModule } from '@/modules/types';

/** The approval inbox (its page comes with the administration work of issue 7). */
export const approvalsModule: WebModule = { name: 'approvals', routes: [], nav: [] };
