import { Shop } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** Dealers (external resellers). */
export const dealersModule: WebModule = {
  name: 'dealers',
  routes: [
    pageRoute('dealers', 'Dealers', () => import('./views/list.vue'), 'dealer.read', 'dealers.title', ':id(\\d+)'),
  ],
  nav: [
    {
      name: 'Dealers',
      path: '/dealers',
      titleKey: 'layout.nav.dealers',
      permission: 'dealer.read',
      icon: Shop,
      order: 70,
    },
  ],
};
