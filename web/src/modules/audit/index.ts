import { Document } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** The audit trail (R-SEC-3). */
export const auditModule: WebModule = {
  name: 'audit',
  routes: [pageRoute('audit', 'Audit', () => import('./views/list.vue'), 'audit.read', 'audit.title')],
  nav: [
    {
      name: 'Audit',
      path: '/audit',
      titleKey: 'layout.nav.audit',
      permission: 'audit.read',
      icon: Document,
      order: 80,
    },
  ],
};
