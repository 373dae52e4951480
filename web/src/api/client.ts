import axios, { type AxiosRequestConfig } from 'axios';
import { ApiError, apiErrorFromBody } from './api-error';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not show the global error message; the caller handles the ApiError itself. */
    silent?: boolean;
    /** A 401 is an expected answer (login, start-up /auth/me): do not redirect to login. */
    skipAuthRedirect?: boolean;
    /** Set on the second attempt of a request that got 401 and was retried after a new login. */
    retriedAfterLogin?: boolean;
  }
}

/** Hooks the app installs so the client stays free of router, store and UI imports. */
export interface ClientHooks {
  getCsrfToken: () => string | null;
  /**
   * A request got 401. Resolve to true when the user logged in again (the request is then sent
   * once more, with the new session), false when the session is over.
   */
  onUnauthenticated: (error: ApiError) => boolean | void | Promise<boolean | void>;
  onError: (error: ApiError) => void;
}

const hooks: ClientHooks = {
  getCsrfToken: () => null,
  onUnauthenticated: () => undefined,
  onError: () => undefined,
};

/** Installs the app's hooks (CSRF token source, 401 handler, global error display). */
export function configureClient(next: Partial<ClientHooks>): void {
  Object.assign(hooks, next);
}

/** Per-call options of the typed helpers. */
export interface RequestOptions {
  silent?: boolean;
  skipAuthRedirect?: boolean;
  /** Milliseconds to wait for the answer, for a call known to take longer than the usual 30 s. */
  timeout?: number;
}

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** The one HTTP instance of the app; tests mock it at its adapter. */
export const http = axios.create({
  baseURL: '/api/v1',
  withCredentials: true,
  timeout: 30_000,
  headers: { Accept: 'application/json' },
});

http.interceptors.request.use((config) => {
  const method = (config.method ?? 'get').toLowerCase();
  const token = hooks.getCsrfToken();
  if (UNSAFE_METHODS.has(method) && token) {
    config.headers.set('X-CSRF-Token', token);
  }
  return config;
});

/**
 * A body asked for as bytes (a file download) that came back as an error is JSON: parsed here so
 * its code and violations are read like any other error's. Other bodies pass unchanged.
 */
function jsonOfBytes(data: unknown): unknown {
  // By its tag, not instanceof: a buffer from another realm (a test's) is one too.
  if (Object.prototype.toString.call(data) !== '[object ArrayBuffer]') return data;
  try {
    return JSON.parse(new TextDecoder().decode(data as ArrayBuffer)) as unknown;
  } catch {
    return null;
  }
}

/** Turns anything axios rejects with into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (axios.isAxiosError(error)) {
    if (error.response) return apiErrorFromBody(error.response.status, jsonOfBytes(error.response.data));
    return new ApiError(0, 'NETWORK_ERROR', error.message);
  }
  return new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : String(error));
}

http.interceptors.response.use(
  (response) => response,
  async (error: unknown) => {
    const apiError = toApiError(error);
    const config: AxiosRequestConfig | undefined = axios.isAxiosError(error) ? error.config : undefined;
    if (apiError.status === 401 && !config?.skipAuthRedirect) {
      // The session ended mid-work: the app may log in again in a dialog (what was typed stays
      // on screen), then the request goes once more, with the new session's CSRF token.
      const loggedInAgain = (await hooks.onUnauthenticated(apiError)) === true;
      if (loggedInAgain && config && !config.retriedAfterLogin) {
        return http.request({ ...config, retriedAfterLogin: true });
      }
    } else if (!config?.silent) {
      hooks.onError(apiError);
    }
    throw apiError;
  },
);

/** Query parameters; undefined, null and empty strings are dropped. */
export type Params = Record<string, string | number | boolean | undefined | null>;

function cleanParams(params: Params | undefined): Params | undefined {
  if (!params) return undefined;
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}

/** GET returning the typed JSON body. Empty query parameters are dropped. */
export async function get<T>(url: string, params?: Params, options: RequestOptions = {}): Promise<T> {
  const response = await http.get<T>(url, { params: cleanParams(params), ...options });
  return response.data;
}

/** POST with a JSON body, returning the typed JSON body. */
export async function post<T>(url: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await http.post<T>(url, body, options);
  return response.data;
}

/** POST of a file as the raw body (its type as Content-Type), returning the typed JSON body. */
export async function upload<T>(url: string, file: Blob, params?: Params, options: RequestOptions = {}): Promise<T> {
  const response = await http.post<T>(url, file, {
    params: cleanParams(params),
    headers: { 'Content-Type': file.type },
    ...options,
  });
  return response.data;
}

/** PUT with a JSON body, returning the typed JSON body. */
export async function put<T>(url: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await http.put<T>(url, body, options);
  return response.data;
}

/** DELETE returning the typed JSON body. */
export async function del<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const response = await http.delete<T>(url, options);
  return response.data;
}

/**
 * GET of a file (PDF, XLSX) as its bytes. Errors are ApiErrors with their violations, as for JSON
 * calls, so a form can show why the server refused the file's parameters.
 */
export async function getBytes(url: string, params?: Params, options: RequestOptions = {}): Promise<ArrayBuffer> {
  const response = await http.get<ArrayBuffer>(url, {
    params: cleanParams(params),
    responseType: 'arraybuffer',
    headers: { Accept: '*/*' },
    ...options,
  });
  return response.data;
}
