import type { ExtractPropTypes, PropType } from 'vue';
import type { ApiError } from '@/api/api-error';

export const listErrorProps = {
  /**
   * @description why the list could not be loaded
   */
  error: { type: Object as PropType<ApiError>, required: true },
  /**
   * @description a retry is running: the button spins
   */
  retrying: { type: Boolean, default: false },
} as const;

export type ListErrorProps = ExtractPropTypes<typeof listErrorProps>;

export const listErrorEmits = {
  /** @description the user asked to load again */
  retry: () => true,
};

export type ListErrorEmits = typeof listErrorEmits;

/** How a failed load is explained: offline, server out of reach, or the server's refusal. */
export type ListErrorKind = 'offline' | 'unreachable' | 'refused';

/** Which explanation fits: NETWORK_ERROR while the browser is offline is "offline". */
export function listErrorKind(error: ApiError, online: boolean): ListErrorKind {
  if (error.code !== 'NETWORK_ERROR') return 'refused';
  return online ? 'unreachable' : 'offline';
}
