import { Goods } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/** The product catalogue (R-JOB-1): list, form and sheet import (R-JOB-4). */
export const catalogModule: WebModule = {
  name: 'catalog',
  routes: [
    pageRoute('products', 'Products', () => import('./views/list.vue'), 'product.read', 'catalog.title', ':id(\\d+)'),
  ],
  nav: [
    {
      name: 'Products',
      path: '/products',
      titleKey: 'layout.nav.products',
      permission: 'product.read',
      icon: Goods,
      order: 40,
    },
  ],
};
