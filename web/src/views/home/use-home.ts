import type { HomeItem } from '@/api/home';
import { getHome } from '@/api/home';
import { useLoadedList, type LoadedList } from '@/composables/use-loaded-list';

/** The home page's items: loaded once, with the list states (skeleton, error with retry, empty). */
export function useHome(): LoadedList<HomeItem> {
  const list = useLoadedList(() => getHome({ silent: true }).then((home) => home.items));
  void list.reload();
  return list;
}
