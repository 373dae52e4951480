import type { WebModule } from '@/modules/types';

/**
 * Field work (issue 10, R-FLD): the labels of the crew's steps, checks, outcomes and incidents.
 * The phone screens and the office's lists come with the offline client.
 */
export const fieldModule: WebModule = {
  name: 'field',
  routes: [],
  nav: [],
};
