import { reactive, readonly } from 'vue';

/** What the re-login dialog shows: open while a request waits for a new session. */
export interface ReauthState {
  open: boolean;
  /** The user whose session ended; the dialog logs in as this user only. */
  username: string;
}

const state = reactive<ReauthState>({ open: false, username: '' });
let pending: Promise<boolean> | null = null;
let settle: ((loggedIn: boolean) => void) | null = null;

/**
 * Asks the user to log in again (the ReauthDialog shows it) and resolves true once they did,
 * false when they gave up. Requests that hit 401 meanwhile wait for the same answer (one dialog).
 */
export function requestReauth(username: string): Promise<boolean> {
  if (pending) return pending;
  state.username = username;
  state.open = true;
  pending = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  return pending;
}

/** Ends the wait: true after a successful login, false when the user cancelled. */
export function finishReauth(loggedIn: boolean): void {
  const done = settle;
  pending = null;
  settle = null;
  state.open = false;
  done?.(loggedIn);
}

/** The re-login request for the dialog: its state (read-only) and how to finish it. */
export function useReauth(): { state: Readonly<ReauthState>; finish: (loggedIn: boolean) => void } {
  return { state: readonly(state), finish: finishReauth };
}
