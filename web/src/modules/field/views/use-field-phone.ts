import { onMounted } from 'vue';
import { registerServiceWorker } from '@/pwa';
import { useOnline } from '@/composables/use-online';
import { useAuthStore } from '@/stores/auth';
import { useFieldStore } from '../field-store';

/**
 * What every field screen needs: the signed-in user's offline store (opened on mount; it keeps
 * running while the user moves between the field screens), the service worker that keeps the app
 * on the phone, and whether the browser is online.
 */
export function useFieldPhone() {
  const store = useFieldStore();
  const auth = useAuthStore();
  const online = useOnline();
  onMounted(() => {
    store.open();
    // The first visit to the field screens caches the app for offline use (ADR 0017).
    registerServiceWorker();
  });
  return { store, auth, online };
}
