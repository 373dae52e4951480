import { Box, DocumentChecked, Iphone, Wallet } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Field work (issue 10, R-FLD): the labels of the crew's steps, checks, outcomes, incidents and
 * signed documents; the crew's phone screens (R-FLD-1..5, R-FLD-10): their jobs of today and the
 * next days and each job's checklist, full screen and offline first (ADR 0017), everything
 * recorded going to the phone's outbox and sent when the network allows; and the office's desk:
 * documents missing, paper copies to chase, incidents to resolve and records kept as conflicts;
 * and quality returns (R-FLD-9): the repacking check of goods back at the factory, and the
 * charges the head decides for bad repacking (seen only by the head, finance and leadership).
 */
export const fieldModule: WebModule = {
  name: 'field',
  routes: [
    pageRoute(
      'field/office',
      'FieldOffice',
      () => import('./views/office/field-office.vue'),
      'field.oversee',
      'field.office.title',
    ),
    pageRoute(
      'field/returns',
      'FieldReturns',
      () => import('./views/returns/field-returns.vue'),
      'field.return_check',
      'field.returns.title',
    ),
    pageRoute(
      'field/charges',
      'FieldCharges',
      () => import('./views/charges/field-charges.vue'),
      'field.charge_read',
      'field.charges.title',
    ),
  ],
  bareRoutes: [
    pageRoute('field', 'FieldJobs', () => import('./views/my-jobs/index.vue'), 'field.record', 'field.phone.title'),
    pageRoute(
      'field/jobs/:id(\\d+)',
      'FieldJob',
      () => import('./views/job/index.vue'),
      'field.record',
      'field.phone.jobTitle',
    ),
  ],
  nav: [
    {
      name: 'FieldJobs',
      path: '/field',
      titleKey: 'layout.nav.field',
      permission: 'field.record',
      icon: Iphone,
      order: 34,
    },
    {
      name: 'FieldOffice',
      path: '/field/office',
      titleKey: 'layout.nav.fieldOffice',
      permission: 'field.oversee',
      icon: DocumentChecked,
      order: 39,
    },
    {
      name: 'FieldReturns',
      path: '/field/returns',
      titleKey: 'layout.nav.fieldReturns',
      permission: 'field.return_check',
      icon: Box,
      order: 39.3,
    },
    {
      name: 'FieldCharges',
      path: '/field/charges',
      titleKey: 'layout.nav.fieldCharges',
      permission: 'field.charge_read',
      icon: Wallet,
      order: 39.6,
    },
  ],
};
