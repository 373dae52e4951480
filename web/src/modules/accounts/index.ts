import { Avatar } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** Login accounts and their roles. */
export const accountsModule: WebModule = {
  name: 'accounts',
  routes: [pageRoute('users', 'Users', () => import('./views/list.vue'), 'user.read', 'users.title', ':id(\\d+)')],
  nav: [
    { name: 'Users', path: '/users', titleKey: 'layout.nav.users', permission: 'user.read', icon: Avatar, order: 100 },
  ],
};
