import { listProducts, type Product } from '@/modules/catalog/api';
import { useUrlPagedList, type UrlPagedList } from '@/composables/use-list-query';
import { isActiveFilter, type ProductFilters } from './data';

/** Product list page state: search, series and active filter and the page in the URL. */
export function useProductList(): UrlPagedList<Product, ProductFilters> {
  return useUrlPagedList<Product, ProductFilters>(
    (filters, page, pageSize) =>
      listProducts(
        {
          q: filters.q.trim() || undefined,
          series: filters.series.trim() || undefined,
          active: filters.active === '' ? undefined : filters.active === 'true',
          page,
          pageSize,
        },
        { silent: true },
      ),
    {
      filters: { q: '', series: '', active: 'true' },
      accept: { active: isActiveFilter },
    },
  );
}
