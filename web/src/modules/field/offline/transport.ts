import { http } from '@/api/client';
import type { Answer, Transport } from './outbox';

/** How long one send may take before it counts as unanswered (and goes again later). */
export const SEND_TIMEOUT_MS = 20_000;

/**
 * The outbox's transport over the app's HTTP client (its CSRF header included): any status is an
 * answer, only a missing answer rejects. No global error message and no login redirect: the sync
 * bar says what happened. A 403 may be a CSRF token this page does not have yet (after a start
 * offline): `refreshSession` asks the server for the session again, and when that gave a new token
 * the entry goes once more.
 */
export function httpTransport(refreshSession: () => Promise<boolean>, timeout = SEND_TIMEOUT_MS): Transport {
  const send = async (url: string, body: unknown): Promise<Answer> => {
    const response = await http.post<unknown>(url, body, {
      silent: true,
      skipAuthRedirect: true,
      timeout,
      validateStatus: () => true,
    });
    return { status: response.status, body: response.data };
  };
  return async (entry) => {
    const answer = await send(entry.url, entry.body);
    if (answer.status === 403 && (await refreshSession())) return send(entry.url, entry.body);
    return answer;
  };
}
