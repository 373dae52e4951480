import { onMounted } from 'vue';
import { useOnline } from '@/composables/use-online';
import { useAuthStore } from '@/stores/auth';
import { useFieldStore } from '../field-store';

/**
 * What every field screen needs: the signed-in user's offline store (opened on mount; it keeps
 * running while the user moves between the field screens) and whether the browser is online.
 */
export function useFieldPhone() {
  const store = useFieldStore();
  const auth = useAuthStore();
  const online = useOnline();
  onMounted(() => store.open());
  return { store, auth, online };
}
