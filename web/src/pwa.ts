import { reactive, readonly } from 'vue';

/** What the service worker has told the page (ADR 0017). */
export interface PwaState {
  /** The app shell is cached: the app now opens without a network. */
  offlineReady: boolean;
  /** A newer version is cached and waits; `updateApp()` switches to it (the page reloads). */
  needRefresh: boolean;
}

const state = reactive<PwaState>({ offlineReady: false, needRefresh: false });
let update: ((reload?: boolean) => Promise<void>) | null = null;
let registering = false;

/**
 * Registers the service worker that precaches the app shell (vite-plugin-pwa, generateSW), so the
 * crew's phone opens the app in a basement after one visit online. A new version waits until the
 * user chooses to reload (`updateApp`), never mid-count. Registered by the field screens (the
 * crew's first visit to 现场 caches the app) and at start on a browser where it is installed
 * already (so its pages learn of new versions); office browsers that never open the field screens
 * do not download the 2.4 MB cache. Idempotent.
 */
export function registerServiceWorker(): void {
  if (registering || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registering = true;
  // Loaded on demand: pages that never register keep workbox-window out of their bundle.
  void import('virtual:pwa-register').then(({ registerSW }) => {
    update = registerSW({
      immediate: true,
      onOfflineReady: () => {
        state.offlineReady = true;
      },
      onNeedRefresh: () => {
        state.needRefresh = true;
      },
    });
  });
}

/** At start: keeps the service worker of a browser that has one up to date (see registerServiceWorker). */
export function updateInstalledServiceWorker(): void {
  if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller) registerServiceWorker();
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
