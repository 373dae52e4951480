import { DocumentChecked } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Field work (issue 10, R-FLD): the labels of the crew's steps, checks, outcomes, incidents and
 * signed documents, and the office's desk: documents missing, paper copies to chase, incidents
 * to resolve and records kept as conflicts.
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
  ],
  nav: [
    {
      name: 'FieldOffice',
      path: '/field/office',
      titleKey: 'layout.nav.fieldOffice',
      permission: 'field.oversee',
      icon: DocumentChecked,
      order: 39,
    },
  ],
};
