import { Goods, Medal } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * The product catalogue (R-JOB-1): list, form and sheet import (R-JOB-4); and the warranty of each
 * product series, effective-dated, that the crew explains at installation (R-FLD-4).
 */
export const catalogModule: WebModule = {
  name: 'catalog',
  routes: [
    pageRoute('products', 'Products', () => import('./views/list.vue'), 'product.read', 'catalog.title', ':id(\\d+)'),
    pageRoute(
      'product-series/warranties',
      'SeriesWarranties',
      () => import('./views/warranties/series-warranties.vue'),
      'product.read',
      'catalog.warranties.title',
    ),
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
    {
      name: 'SeriesWarranties',
      path: '/product-series/warranties',
      titleKey: 'layout.nav.seriesWarranties',
      permission: 'product.read',
      icon: Medal,
      order: 40.5,
    },
  ],
};
