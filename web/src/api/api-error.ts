import { errorCodeValues, type components } from './schema';

/** Stable error codes the server sends (the contract's ErrorCode). */
export type ServerErrorCode = components['schemas']['ErrorCode'];
/** Server codes plus NETWORK_ERROR for requests that never got an HTTP response. */
export type ErrorCode = ServerErrorCode | 'NETWORK_ERROR';
/**
 * A field the server refused. `detail` (optional, being added to the contract) names what the
 * refusal refers to where the user may see it, e.g. the staff member who already has that phone.
 */
export type FieldViolation = components['schemas']['FieldViolation'] & { detail?: string };

const SERVER_CODES: readonly ServerErrorCode[] = errorCodeValues;

/** Every non-2xx response (or network failure) becomes one of these. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly violations: FieldViolation[];

  constructor(status: number, code: ErrorCode, message: string, violations: FieldViolation[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.violations = violations;
  }
}

/** Type guard for ApiError. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Whether a string is one of the server's error codes. */
export function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === 'string' && (SERVER_CODES as readonly string[]).includes(value);
}

/** The code to assume when a response carries no usable error body. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 0:
      return 'NETWORK_ERROR';
    case 400:
      return 'INVALID_ARGUMENT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'PERMISSION_DENIED';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'ABORTED';
    case 429:
      return 'RESOURCE_EXHAUSTED';
    case 503:
      return 'UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseViolations(value: unknown): FieldViolation[] {
  if (!Array.isArray(value)) return [];
  const out: FieldViolation[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.field === 'string' && typeof item.reason === 'string') {
      const violation: FieldViolation = { field: item.field, reason: item.reason };
      if (typeof item.detail === 'string' && item.detail.trim() !== '') violation.detail = item.detail;
      out.push(violation);
    }
  }
  return out;
}

/** Builds an ApiError from an HTTP status and a (possibly malformed) response body. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    const err = body.error;
    const code = isServerErrorCode(err.code) ? err.code : codeForStatus(status);
    const message = typeof err.message === 'string' ? err.message : '';
    return new ApiError(status, code, message, parseViolations(err.violations));
  }
  return new ApiError(status, codeForStatus(status), '');
}
