import { reactive, readonly } from 'vue';
import { registerSW } from 'virtual:pwa-register';

/** What the service worker has told the page (ADR 0017). */
export interface PwaState {
  /** The app shell is cached: the app now opens without a network. */
  offlineReady: boolean;
  /** A newer version is cached and waits; `updateApp()` switches to it (the page reloads). */
  needRefresh: boolean;
}

const state = reactive<PwaState>({ offlineReady: false, needRefresh: false });
let update: ((reload?: boolean) => Promise<void>) | null = null;

/**
 * Registers the service worker that precaches the app shell (vite-plugin-pwa, generateSW), so the
 * crew's phone opens the app in a basement after one visit online. A new version waits until the
 * user chooses to reload (`updateApp`), never mid-count.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  update = registerSW({
    immediate: true,
    onOfflineReady: () => {
      state.offlineReady = true;
    },
    onNeedRefresh: () => {
      state.needRefresh = true;
    },
  });
}

/** The service worker's news for the UI (read-only). */
export function usePwa(): Readonly<PwaState> {
  return readonly(state);
}

/** Activates the waiting version and reloads the page into it. */
export async function updateApp(): Promise<void> {
  state.needRefresh = false;
  await update?.(true);
}
